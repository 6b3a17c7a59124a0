#include <catch2/catch.hpp>

#include "engine/rule.hpp"
#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

TEST_CASE("SIZE001 apt-lists-not-cleaned: reported cases", "[rules][SIZE001]") {
  check_rule_cases(
      "SIZE001",
      {
          {"update and install without cleanup",
           "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
           {{2, 13}},
           "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"},
          {"cleanup before the update does not count",
           "FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl\n",
           {{2, 44}},
           "FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl"
           " && rm -rf /var/lib/apt/lists/*\n"},
          {"cleanup in a later RUN does not shrink the image",
           "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n",
           {{2, 13}},
           "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"
           "RUN rm -rf /var/lib/apt/lists/*\n"},
          {"line continuations: the fix goes after the last word",
           "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n      curl\n",
           {{2, 13}},
           "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n      curl && rm -rf "
           "/var/lib/apt/lists/*\n"},
          {"a cache mount on /var/cache/apt alone keeps the lists",
           "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n",
           {{2, 54}},
           "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl"
           " && rm -rf /var/lib/apt/lists/*\n"},
          {"a ;-separated script gets no fix",
           "FROM debian:12\nRUN apt-get update; apt-get install -y curl\n",
           {{2, 13}},
           "FROM debian:12\nRUN apt-get update; apt-get install -y curl\n"},
          {"heredoc RUN gets no fix",
           "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n",
           {{3, 9}},
           "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n"},
          {"ONBUILD RUN",
           "FROM debian:12\nONBUILD RUN apt-get update && apt-get install -y curl\n",
           {{2, 21}},
           "FROM debian:12\nONBUILD RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"},
          {"a stage the final one is built FROM is part of the image",
           "FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nRUN true\n",
           {{2, 13}},
           "FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"
           "FROM base\nRUN true\n"},
          {"update alone also leaves lists",
           "FROM debian:12\nRUN apt-get update\n",
           {{2, 13}},
           "FROM debian:12\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\n"},
      });
}

TEST_CASE("SIZE001 apt-lists-not-cleaned: silent cases", "[rules][SIZE001]") {
  check_rule_cases(
      "SIZE001",
      {
          {"rm -rf /var/lib/apt/lists/*",
           "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
           {}},
          {"rm without the star, after clean",
           "FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get clean && rm -r "
           "/var/lib/apt/lists\n",
           {}},
          {"rm through sudo, over continuations",
           "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n && sudo rm -rf "
           "/var/lib/apt/lists/\n",
           {}},
          {"find -delete", "FROM debian:12\nRUN apt-get update && find /var/lib/apt/lists -type f -delete\n", {}},
          {"apt-get distclean",
           "FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get distclean\n",
           {}},
          {"heredoc with cleanup",
           "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n",
           {}},
          {"cache mount on the lists",
           "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y "
           "curl\n",
           {}},
          {"cache mount on /var/lib/apt with a trailing slash and dst=",
           "FROM debian:12\nRUN --mount=type=cache,dst=/var/lib/apt/ apt-get update && apt-get install -y curl\n",
           {}},
          {"tmpfs mount on the lists",
           "FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y "
           "curl\n",
           {}},
          {"a build stage used only through COPY --from",
           "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\n"
           "FROM debian:12\nCOPY --from=build /out /out\n",
           {}},
          {"install without update leaves no new lists", "FROM debian:12\nRUN apt-get install -y ./local.deb\n", {}},
      });
}

TEST_CASE("SIZE001 apt-lists-not-cleaned: fix safety", "[rules][SIZE001]") {
  SECTION("safe when nothing later needs the lists") {
    auto findings = run_rule("SIZE001", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
    REQUIRE(findings.size() == 1);
    REQUIRE(findings[0].fix);
    CHECK(findings[0].fix->safe);
  }
  SECTION("unsafe when a later RUN installs without updating") {
    auto findings = run_rule("SIZE001",
                             "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"
                             "RUN apt-get install -y git && rm -rf /var/lib/apt/lists/*\n");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].span.start.line == 2);
    REQUIRE(findings[0].fix);
    CHECK_FALSE(findings[0].fix->safe);
  }
  SECTION("a later RUN with its own update does not make it unsafe") {
    auto findings = run_rule("SIZE001",
                             "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"
                             "RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n");
    REQUIRE(findings.size() == 1);
    REQUIRE(findings[0].fix);
    CHECK(findings[0].fix->safe);
  }
}
