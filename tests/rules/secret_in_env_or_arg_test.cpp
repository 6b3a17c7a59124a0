#include <catch2/catch.hpp>

#include "knowledge/secret_patterns.hpp"
#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

TEST_CASE("SEC005 secret-in-env-or-arg", "[rules][SEC005]") {
  check_rule_cases(
      "SEC005", {
                    {"secret names in ARG and ENV",
                     "ARG GITHUB_TOKEN\nFROM node:20\nENV DB_PASSWORD=hunter2 apiKey=x\nARG AWS_ACCESS_KEY_ID\n",
                     {{1, 5}, {3, 5}, {3, 25}, {4, 5}}},
                    {"legacy ENV form and ONBUILD",
                     "FROM node:20\nENV MYSQL_ROOT_PASSWORD secret\nONBUILD ARG NPM_TOKEN\n",
                     {{2, 5}, {3, 13}}},
                    {"a credential by its value, whatever the name",
                     "FROM alpine:3.19\nENV SETTING=AKIAIOSFODNN7EXAMPLE\n",
                     {{2, 13}}},
                    {"names that point at secrets or are public",
                     "FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db TOKEN_URL=https://x PUBLIC_KEY=abc\n"
                     "ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305 SECRET_NAME=db PWD=/app\nARG PASSWORD_PATH\n"
                     "ARG SWIFT_SIGNING_KEY=8A7495662C3CD4AE18D95637FAF6989E1BC16FEA\nENV DB_PASSWORD=\"\"\n",
                     {}},
                });
}

TEST_CASE("secret messages never show the secret", "[rules][SEC005]") {
  auto findings = run_rule("SEC005", "FROM alpine:3.19\nENV X=ghp_abcdefghijklmnopqrstuvwxyz0123456789\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("ghp_abcdefghijklmnop") == std::string::npos);
  CHECK(findings[0].message.find("ghp_****") != std::string::npos);
  CHECK(dlint::knowledge::redact_secret("short") == "****");
}
