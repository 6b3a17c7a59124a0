#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR207 run-toml-undefined-variable: cases", "[rules][COR207][runtoml]") {
  check_rule_cases(
      "COR207",
      {
          {"typo of a docker env_var",
           "[components.web.env]\nDB = \"${DATABSE_URL}\"\n[docker.db]\nurl = \"http://db:5432\"\n"
           "env_var = \"DATABASE_URL\"\n",
           {{2, 7}}},
          {"inside a longer value, two references",
           "[components.web.env]\nURL = \"http://${HOST}:${PORT}/x\"\n",
           {{2, 15}, {2, 23}}},
          {"with a default", "[components.web.env]\nA = \"${MISSING:-x}\"\n", {{2, 6}}},
          {"registry token from the environment", "[registry]\nauth_token = \"${RUN_AUTH_TOKEN}\"\n", {{2, 15}}},
          {"in a capability list", "[components.web]\ncapabilities = [\"fs:read:${DATA}\"]\n", {{2, 26}}},
      });
  check_rule_cases(
      "COR207", {
                    {"env table key", "[components.a.env]\nHOST = \"h\"\n[components.b.env]\nURL = \"${HOST}\"\n", {}},
                    {"env capability",
                     "[components.a]\ncapabilities = [\"env:TOKEN\"]\n[components.a.env]\nT = \"${TOKEN}\"\n",
                     {}},
                    {"docker env_var",
                     "[docker.db]\nurl = \"u\"\nenv_var = \"DB_URL\"\n[components.a.env]\nD = \"${DB_URL}\"\n",
                     {}},
                    {"guide profile",
                     "[env.production]\nLEVEL = \"warn\"\n[bridge.db]\nimage = \"p:1\"\nenv = { L = \"${LEVEL}\" }\n",
                     {}},
                    {"no reference", "[components.a.env]\nA = \"$5 and {braces}\"\n", {}},
                    {"unterminated", "[components.a.env]\nA = \"${OPEN\"\n", {}},
                });
}
