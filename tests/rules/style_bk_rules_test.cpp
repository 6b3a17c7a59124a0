// Case tables of the BuildKit style checks: StageNameCasing, NoEmptyContinuation, LegacyKeyValueFormat,
// InvalidDefinitionDescription.
#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("STYLE010 stage-name-casing", "[rules][STYLE010]") {
  check_rule_cases("STYLE010", {
                                   {"declared and referenced",
                                    "FROM golang:1.22 AS Build\nFROM alpine:3.20\nCOPY --from=Build /app /app\n",
                                    {{1, 21}},
                                    "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n"},
                                   {"FROM the stage, reference in another case kept",
                                    "FROM alpine:3.20 AS BASE\nFROM BASE AS final\nCOPY --from=base /a /a\n",
                                    {{1, 21}},
                                    "FROM alpine:3.20 AS base\nFROM base AS final\nCOPY --from=base /a /a\n"},
                                   {"ONBUILD COPY is left alone",
                                    "FROM alpine:3.20 AS Tools\nONBUILD COPY --from=Tools /a /a\n",
                                    {{1, 21}},
                                    "FROM alpine:3.20 AS tools\nONBUILD COPY --from=Tools /a /a\n"},
                                   {"lower-case", "FROM alpine:3.20 AS build-1\n", {}},
                                   {"no name", "FROM alpine:3.20\n", {}},
                               });
}

TEST_CASE("STYLE011 empty-continuation-line", "[rules][STYLE011]") {
  check_rule_cases(
      "STYLE011",
      {
          {"one blank line",
           "FROM alpine:3.20\nRUN apk add \\\n    curl \\\n\n    git\n",
           {{4, 1}},
           "FROM alpine:3.20\nRUN apk add \\\n    curl \\\n    git\n"},
          {"two, one with blanks, in FROM and ONBUILD",
           "FROM \\\n\n  alpine:3.20\nONBUILD RUN a \\\n  \n  b\n",
           {{2, 1}, {5, 1}},
           "FROM \\\n  alpine:3.20\nONBUILD RUN a \\\n  b\n"},
          {"CRLF", "FROM alpine:3.20\r\nRUN a \\\r\n\r\n  b\r\n", {{3, 1}}, "FROM alpine:3.20\r\nRUN a \\\r\n  b\r\n"},
          {"comment lines are fine", "FROM alpine:3.20\nRUN a \\\n# note\n  b\n", {}},
          {"blank line in a heredoc", "FROM alpine:3.20\nRUN <<EOF\necho a\n\necho b\nEOF\n", {}},
          {"blank lines between instructions", "FROM alpine:3.20\n\nRUN a\n\n", {}},
          {"backtick escape",
           "# escape=`\nFROM alpine:3.20\nRUN a `\n\n  b\n",
           {{4, 1}},
           "# escape=`\nFROM alpine:3.20\nRUN a `\n  b\n"},
      });
}

TEST_CASE("STYLE012 legacy-key-value-format", "[rules][STYLE012]") {
  check_rule_cases(
      "STYLE012",
      {
          {"ENV", "FROM alpine:3.20\nENV APP_HOME /srv/app\n", {{2, 5}}, "FROM alpine:3.20\nENV APP_HOME=/srv/app\n"},
          {"value with spaces is quoted",
           "FROM alpine:3.20\nenv PATH /opt/bin:$PATH other\n",
           {{2, 5}},
           "FROM alpine:3.20\nenv PATH=\"/opt/bin:$PATH other\"\n"},
          {"LABEL, in a later stage",
           "FROM alpine:3.20 AS a\nFROM a\nLABEL maintainer jane\n",
           {{3, 7}},
           "FROM alpine:3.20 AS a\nFROM a\nLABEL maintainer=jane\n"},
          {"ONBUILD ENV", "FROM alpine:3.20\nONBUILD ENV A b\n", {{2, 13}}, "FROM alpine:3.20\nONBUILD ENV A=b\n"},
          {"quotes inside: no fix",
           "FROM alpine:3.20\nENV MSG \"hello world\"\n",
           {{2, 5}},
           "FROM alpine:3.20\nENV MSG \"hello world\"\n"},
          {"continuation: no fix", "FROM alpine:3.20\nENV A \\\n  b\n", {{2, 5}}, "FROM alpine:3.20\nENV A \\\n  b\n"},
          {"key=value", "FROM alpine:3.20\nENV A=b C=\"d e\"\nLABEL x=y\n", {}},
          {"ARG", "FROM alpine:3.20\nARG A\nARG B=c\n", {}},
      });
}

TEST_CASE("STYLE013 invalid-definition-description", "[rules][STYLE013]") {
  check_rule_cases(
      "STYLE013",
      {
          {"stage comment", "# compiles the server\nFROM golang:1.22 AS build\n", {{1, 1}}},
          {"global ARG comment", "# the Go version\nARG GO_VERSION=1.22\nFROM golang:${GO_VERSION}\n", {{1, 1}}},
          {"last line of the block counts", "# build stage\n# compiles it\nFROM golang:1.22 AS build\n", {{2, 1}}},
          {"good stage comment", "# build compiles the server\nFROM golang:1.22 AS build\n", {}},
          {"good ARG comment", "# GO_VERSION picks the toolchain\nARG GO_VERSION=1.22\nFROM golang:1.22\n", {}},
          {"separated by a blank line", "# compiles\n\nFROM golang:1.22 AS build\n", {}},
          {"unnamed stage", "# the image\nFROM golang:1.22\n", {}},
          {"stage ARG", "FROM golang:1.22\n# the version\nARG V=1\n", {}},
      });
}
