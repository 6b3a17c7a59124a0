#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP106 compose-variable-not-set: cases", "[rules][BP106][compose]") {
  check_rule_cases(
      "BP106",
      {
          {"unset", "services:\n  api:\n    image: api:${TAG}\n", {{3, 12}}},
          {"bare $VAR in a list", "services:\n  api:\n    image: a:1\n    command: [\"run\", \"$MODE\"]\n", {{4, 22}}},
          {"required", "services:\n  api:\n    image: a:1\n    environment:\n      KEY: ${KEY:?set KEY}\n", {{5, 12}}},
          {"not in .env",
           "services:\n  api:\n    image: api:${TAG}\n",
           {{3, 12}},
           std::nullopt,
           {},
           {{".env", "OTHER=1\n"}}},
      });
  check_rule_cases("BP106", {
                                {"default", "services:\n  api:\n    image: api:${TAG:-1.4}\n", {}},
                                {"escaped", "services:\n  api:\n    image: a:1\n    command: echo $$HOME\n", {}},
                                {"set in .env",
                                 "services:\n  api:\n    image: api:${TAG}\n",
                                 {},
                                 std::nullopt,
                                 {},
                                 {{".env", "# tags\nexport TAG=\"1.4\"\n"}}},
                            });
}
