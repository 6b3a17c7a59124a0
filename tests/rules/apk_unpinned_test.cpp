#include <catch2/catch.hpp>

#include "engine/rule.hpp"
#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP022 apk-unpinned: reported cases", "[rules][BP022]") {
  check_rule_cases(
      "BP022", {
                   {"plain package", "FROM alpine:3.20\nRUN apk add --no-cache curl\n", {{2, 24}}},
                   {"virtual name is an option value",
                    "FROM alpine:3.20\nRUN apk add --no-cache -t .deps gcc=13.2.1-r0 make\n",
                    {{2, 47}}},
                   {"ARG list", "FROM alpine:3.20\nARG DEPS=\"curl~8 git\"\nRUN apk add --no-cache $DEPS\n", {{3, 24}}},
                   {"ONBUILD RUN", "FROM alpine:3.20\nONBUILD RUN apk add --no-cache curl\n", {{2, 32}}},
               });
}

TEST_CASE("BP022 apk-unpinned: silent cases", "[rules][BP022]") {
  check_rule_cases("BP022",
                   {
                       {"exact, fuzzy and range pins",
                        "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2 git~2.45 'bash>5'\n",
                        {}},
                       {"local .apk files", "FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/x.apk y.apk\n", {}},
                       {"unresolved variable", "FROM alpine:3.20\nRUN apk add --no-cache $DEPS\n", {}},
                   });
}

TEST_CASE("BP022 apk-unpinned: off by default", "[rules][BP022]") {
  const dlint::Rule* rule = dlint::RuleRegistry::instance().find("DL3018");
  REQUIRE(rule != nullptr);
  CHECK(rule->meta().id == "BP022");
  CHECK_FALSE(rule->meta().enabled_by_default);
}
