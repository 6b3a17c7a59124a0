#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

TEST_CASE("SEC208 run-toml-inline-secret: cases", "[rules][SEC208][runtoml]") {
  check_rule_cases(
      "SEC208",
      {
          {"registry token", "[registry]\nurl = \"https://r\"\nauth_token = \"rk_live_8f2a9c1e\"\n", {{3, 14}}},
          {"password in a component env, by name", "[components.web.env]\nDB_PASSWORD = \"hunter2\"\n", {{2, 1}}},
          {"token by value format", "[components.web.env]\nGH = \"ghp_" + std::string(36, 'a') + "\"\n", {{2, 6}}},
          {"bridge inline env", "[bridge.db]\nimage = \"p:1\"\nenv = { POSTGRES_PASSWORD = \"secret\" }\n", {{3, 9}}},
          {"guide component env table",
           "[[component]]\nname = \"web\"\n\n[component.web.env]\nAPI_TOKEN = \"abc123\"\n",
           {{5, 1}}},
          {"profile", "[env.production]\nSECRET_KEY = \"s3cr3t\"\n", {{2, 1}}},
      });
  check_rule_cases("SEC208",
                   {
                       {"token by reference", "[registry]\nauth_token = \"${RUN_AUTH_TOKEN}\"\n", {}},
                       {"password by reference", "[components.web.env]\nDB_PASSWORD = \"${DB_PASSWORD}\"\n", {}},
                       {"file pointer", "[components.web.env]\nDB_PASSWORD_FILE = \"/run/secrets/db\"\n", {}},
                       {"not a secret", "[components.web.env]\nLOG_LEVEL = \"info\"\n", {}},
                       {"empty", "[components.web.env]\nDB_PASSWORD = \"\"\n", {}},
                   });
}

TEST_CASE("SEC208 never prints the secret whole and masks it in the source", "[rules][SEC208][runtoml]") {
  auto findings = run_rule("SEC208", "[registry]\nauth_token = \"rk_live_8f2a9c1e\"\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("rk_live_8f2a9c1e") == std::string::npos);
  REQUIRE(findings[0].secrets.size() == 1);
  CHECK(findings[0].secrets[0].start.line == 2);
  CHECK(findings[0].secrets[0].start.column == 14);
}
