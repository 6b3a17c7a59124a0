#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP007 shell-form-cmd: reported cases", "[rules][BP007]") {
  check_rule_cases(
      "BP007",
      {
          {"CMD with plain words",
           "FROM node:20-alpine\nCMD node server.js --port=8080\n",
           {{2, 5}},
           "FROM node:20-alpine\nCMD [\"node\", \"server.js\", \"--port=8080\"]\n"},
          {"ENTRYPOINT",
           "FROM alpine:3.20\nENTRYPOINT /usr/local/bin/app serve\n",
           {{2, 12}},
           "FROM alpine:3.20\nENTRYPOINT [\"/usr/local/bin/app\", \"serve\"]\n"},
          {"lower-case keyword", "from alpine:3.20\ncmd nginx\n", {{2, 5}}, "from alpine:3.20\ncmd [\"nginx\"]\n"},
          {"continuation",
           "FROM alpine:3.20\nCMD python \\\n    -m http.server\n",
           {{2, 5}},
           "FROM alpine:3.20\nCMD [\"python\", \"-m\", \"http.server\"]\n"},
          {"variable: reported without a fix",
           "FROM alpine:3.20\nCMD app --port $PORT\n",
           {{2, 5}},
           "FROM alpine:3.20\nCMD app --port $PORT\n"},
          {"operators: no fix",
           "FROM alpine:3.20\nCMD migrate && serve\n",
           {{2, 5}},
           "FROM alpine:3.20\nCMD migrate && serve\n"},
          {"quotes: no fix",
           "FROM nginx:1.27\nCMD nginx -g \"daemon off;\"\n",
           {{2, 5}},
           "FROM nginx:1.27\nCMD nginx -g \"daemon off;\"\n"},
          {"glob: no fix",
           "FROM alpine:3.20\nCMD cat /etc/*.conf\n",
           {{2, 5}},
           "FROM alpine:3.20\nCMD cat /etc/*.conf\n"},
          {"shell builtin: no fix", "FROM alpine:3.20\nCMD exec app\n", {{2, 5}}, "FROM alpine:3.20\nCMD exec app\n"},
          {"assignment: no fix",
           "FROM alpine:3.20\nCMD DEBUG=1 app\n",
           {{2, 5}},
           "FROM alpine:3.20\nCMD DEBUG=1 app\n"},
          {"SHELL in another stage does not count",
           "FROM alpine:3.20 AS a\nSHELL [\"/bin/bash\", \"-c\"]\nFROM alpine:3.20\nCMD app\n",
           {{4, 5}},
           "FROM alpine:3.20 AS a\nSHELL [\"/bin/bash\", \"-c\"]\nFROM alpine:3.20\nCMD [\"app\"]\n"},
          {"trailing blanks and CRLF",
           "FROM alpine:3.20\r\nCMD /bin/bash  \r\n",
           {{2, 5}},
           "FROM alpine:3.20\r\nCMD [\"/bin/bash\"]  \r\n"},
          {"broken JSON runs in shell form",
           "FROM alpine:3.20\nENTRYPOINT [\"app\"] # comment\n",
           {{2, 12}},
           "FROM alpine:3.20\nENTRYPOINT [\"app\"] # comment\n"},
          {"SHELL later does not count",
           "FROM alpine:3.20\nCMD app\nSHELL [\"/bin/bash\", \"-c\"]\n",
           {{2, 5}},
           "FROM alpine:3.20\nCMD [\"app\"]\nSHELL [\"/bin/bash\", \"-c\"]\n"},
      });
}

TEST_CASE("BP007 shell-form-cmd: silent cases", "[rules][BP007]") {
  check_rule_cases("BP007",
                   {
                       {"exec form CMD", "FROM alpine:3.20\nCMD [\"app\", \"serve\"]\n", {}},
                       {"exec form ENTRYPOINT", "FROM alpine:3.20\nentrypoint [\"/app\"]\n", {}},
                       {"exec form with continuation", "FROM alpine:3.20\nCMD [\"app\", \\\n  \"serve\"]\n", {}},
                       {"after SHELL", "FROM alpine:3.20\nSHELL [\"/bin/bash\", \"-c\"]\nCMD app\n", {}},
                       {"SHELL in the parent stage",
                        "FROM alpine:3.20 AS base\nSHELL [\"/bin/ash\", \"-c\"]\nFROM base\nCMD app\n",
                        {}},
                       {"ONBUILD", "FROM alpine:3.20\nONBUILD CMD app\n", {}},
                       {"RUN in shell form", "FROM alpine:3.20\nRUN echo hi\n", {}},
                       {"HEALTHCHECK CMD in shell form", "FROM alpine:3.20\nHEALTHCHECK CMD wget -q localhost\n", {}},
                   });
}
