#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

TEST_CASE("SEC109 hardcoded-secret-in-compose: cases", "[rules][SEC109][compose]") {
  check_rule_cases(
      "SEC109",
      {
          {"map form, by name",
           "services:\n  db:\n    image: p:1\n    environment:\n      POSTGRES_PASSWORD: hunter2\n",
           {{5, 7}}},
          {"list form, by name",
           "services:\n  db:\n    image: p:1\n    environment:\n      - \"API_TOKEN=abc123\"\n",
           {{5, 10}}},
          {"by value format",
           "services:\n  a:\n    image: a:1\n    environment:\n      KEY_ID: AKIAIOSFODNN7EXAMPLE\n",
           {{5, 15}}},
          {"build arg",
           "services:\n  a:\n    build:\n      context: .\n      args:\n        NPM_TOKEN: npm_abc\n",
           {{6, 9}}},
          {"label", "services:\n  a:\n    image: a:1\n    labels:\n      - db.password=s3cret\n", {{5, 9}}},
          {"from a merge key",
           "x-env: &env\n  environment:\n    DB_PASSWORD: pw\nservices:\n  a:\n    <<: *env\n    image: a:1\n",
           {{3, 5}}},
      });
  check_rule_cases(
      "SEC109",
      {
          {"reference", "services:\n  a:\n    image: a:1\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD}\n", {}},
          {"reference resolved from .env",
           "services:\n  a:\n    image: a:1\n    environment:\n      "
           "DB_PASSWORD: ${DB_PASSWORD}\n",
           {},
           std::nullopt,
           {},
           {{".env", "DB_PASSWORD=hunter2\n"}}},
          {"file pointer",
           "services:\n  a:\n    image: a:1\n    environment:\n      DB_PASSWORD_FILE: "
           "/run/secrets/pw\n",
           {}},
          {"empty and passed through",
           "services:\n  a:\n    image: a:1\n    environment:\n      - DB_PASSWORD\n"
           "      - API_KEY=\n",
           {}},
      });
}

TEST_CASE("SEC109 never prints a secret whole", "[rules][SEC109][compose]") {
  auto findings = run_rule("SEC109",
                           "services:\n  a:\n    image: a:1\n    environment:\n      "
                           "AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY") == std::string::npos);
  CHECK(findings[0].message.find("MDENG") == std::string::npos);
}
