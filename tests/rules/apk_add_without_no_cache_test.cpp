#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SIZE002 apk-add-without-no-cache: reported cases", "[rules][SIZE002]") {
  check_rule_cases("SIZE002",
                   {
                       {"apk add",
                        "FROM alpine:3.20\nRUN apk add curl\n",
                        {{2, 9}},
                        "FROM alpine:3.20\nRUN apk add --no-cache curl\n"},
                       {"after apk update",
                        "FROM alpine:3.20\nRUN apk update && apk add curl\n",
                        {{2, 23}},
                        "FROM alpine:3.20\nRUN apk update && apk add --no-cache curl\n"},
                       {"global option before the subcommand",
                        "FROM alpine:3.20\nRUN apk --update add curl\n",
                        {{2, 18}},
                        "FROM alpine:3.20\nRUN apk --update add --no-cache curl\n"},
                       {"virtual package",
                        "FROM alpine:3.20\nRUN apk add -t .build-deps gcc\n",
                        {{2, 9}},
                        "FROM alpine:3.20\nRUN apk add --no-cache -t .build-deps gcc\n"},
                       {"a cache mount elsewhere does not help",
                        "FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk add curl\n",
                        {{2, 48}},
                        "FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk add --no-cache curl\n"},
                       {"cleanup before the add does not count",
                        "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add curl\n",
                        {{2, 36}},
                        "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add --no-cache curl\n"},
                       {"line continuations",
                        "FROM alpine:3.20\nRUN set -eux; \\\n    apk add \\\n      curl\n",
                        {{3, 9}},
                        "FROM alpine:3.20\nRUN set -eux; \\\n    apk add --no-cache \\\n      curl\n"},
                       {"heredoc RUN",
                        "FROM alpine:3.20\nRUN <<EOF\napk add curl\nEOF\n",
                        {{3, 5}},
                        "FROM alpine:3.20\nRUN <<EOF\napk add --no-cache curl\nEOF\n"},
                       {"ONBUILD RUN",
                        "FROM alpine:3.20\nONBUILD RUN apk add curl\n",
                        {{2, 17}},
                        "FROM alpine:3.20\nONBUILD RUN apk add --no-cache curl\n"},
                       {"exec form gets no fix",
                        "FROM alpine:3.20\nRUN [\"apk\", \"add\", \"curl\"]\n",
                        {{2, 13}},
                        "FROM alpine:3.20\nRUN [\"apk\", \"add\", \"curl\"]\n"},
                       {"only the stages of the final image",
                        "FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM alpine:3.20\nCOPY --from=build /out "
                        "/out\nRUN apk add curl\n",
                        {{5, 9}},
                        "FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM alpine:3.20\nCOPY --from=build /out /out\n"
                        "RUN apk add --no-cache curl\n"},
                   });
}

TEST_CASE("SIZE002 apk-add-without-no-cache: silent cases", "[rules][SIZE002]") {
  check_rule_cases(
      "SIZE002",
      {
          {"--no-cache", "FROM alpine:3.20\nRUN apk add --no-cache curl\n", {}},
          {"--no-cache before the subcommand", "FROM alpine:3.20\nRUN apk --no-cache add curl\n", {}},
          {"cache mount on /var/cache/apk",
           "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n",
           {}},
          {"cache mount on /etc/apk/cache",
           "FROM alpine:3.20\nRUN --mount=type=cache,target=/etc/apk/cache apk add curl\n",
           {}},
          {"rm -rf /var/cache/apk/* afterwards", "FROM alpine:3.20\nRUN apk add curl && rm -rf /var/cache/apk/*\n", {}},
          {"apk cache clean afterwards", "FROM alpine:3.20\nRUN apk add curl && apk cache clean\n", {}},
          {"not an add", "FROM alpine:3.20\nRUN apk del curl && apk info\n", {}},
          {"a build stage used only through COPY --from",
           "FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM scratch\nCOPY --from=build /out /out\n",
           {}},
      });
}
