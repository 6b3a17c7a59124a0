#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP011 apt-get-install-recommends: reported cases", "[rules][BP011]") {
  check_rule_cases(
      "BP011",
      {
          {"install without --no-install-recommends",
           "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
           {{2, 31}},
           "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n"},
          {"apt install",
           "FROM debian:12\nRUN apt install -y curl\n",
           {{2, 9}},
           "FROM debian:12\nRUN apt install --no-install-recommends -y curl\n"},
          {"recommends switched on explicitly",
           "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=true install -y curl\n",
           {{2, 45}},
           "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=true install --no-install-recommends -y curl\n"},
          {"line continuations and two installs",
           "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n && apt-get install -y git\n",
           {{3, 13}, {4, 13}},
           "FROM debian:12\nRUN apt-get update \\\n && apt-get install --no-install-recommends -y curl \\\n"
           " && apt-get install --no-install-recommends -y git\n"},
          {"ONBUILD RUN",
           "FROM debian:12\nONBUILD RUN apt-get install -y curl\n",
           {{2, 21}},
           "FROM debian:12\nONBUILD RUN apt-get install --no-install-recommends -y curl\n"},
          {"heredoc RUN",
           "FROM debian:12\nRUN <<EOF\nset -e\napt-get install -y curl\nEOF\n",
           {{4, 9}},
           "FROM debian:12\nRUN <<EOF\nset -e\napt-get install --no-install-recommends -y curl\nEOF\n"},
          {"a setting in an unrelated stage does not carry over",
           "FROM debian:12 AS a\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/00norec\n"
           "FROM debian:12\nRUN apt-get install -y curl\n",
           {{4, 13}},
           "FROM debian:12 AS a\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/00norec\n"
           "FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n"},
          {"exec form is reported without a fix",
           "FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n",
           {{2, 17}},
           "FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n"},
      });
}

TEST_CASE("BP011 apt-get-install-recommends: silent cases", "[rules][BP011]") {
  check_rule_cases(
      "BP011",
      {
          {"--no-install-recommends", "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n", {}},
          {"before the subcommand", "FROM debian:12\nRUN apt-get --no-install-recommends install -y curl\n", {}},
          {"-o APT::Install-Recommends=false",
           "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl\n",
           {}},
          {"-o with the key in another case and 0",
           "FROM debian:12\nRUN apt-get -o apt::install-recommends=0 install -y curl\n",
           {}},
          {"--install-recommends=no", "FROM debian:12\nRUN apt-get install --install-recommends=no -y curl\n", {}},
          {"apt.conf written by an earlier RUN",
           "FROM debian:12\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/00norec\n"
           "RUN apt-get install -y curl\n",
           {}},
          {"apt.conf written earlier in the same RUN",
           "FROM debian:12\nRUN printf 'APT::Install-Recommends \"0\";\\n' > /etc/apt/apt.conf.d/00norec \\\n"
           " && apt-get install -y curl\n",
           {}},
          {"apt.conf from a COPY heredoc",
           "FROM debian:12\nCOPY <<EOF /etc/apt/apt.conf.d/00norec\nAPT::Install-Recommends \"0\";\nEOF\n"
           "RUN apt-get install -y curl\n",
           {}},
          {"apt.conf in the stage built from",
           "FROM debian:12 AS base\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/00norec\n"
           "FROM base\nRUN apt-get install -y curl\n",
           {}},
          {"update and remove install nothing", "FROM debian:12\nRUN apt-get update && apt-get remove -y vim\n", {}},
          {"apk is not apt", "FROM alpine:3.20\nRUN apk add --no-cache curl\n", {}},
      });
}
