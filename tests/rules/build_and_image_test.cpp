#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP101 build-and-image: cases", "[rules][BP101][compose]") {
  check_rule_cases("BP101", {
                                {"both", "services:\n  api:\n    build: .\n    image: api:1\n", {{4, 12}}},
                                {"build from a merge key",
                                 "x-b: &b\n  build: .\nservices:\n  api:\n    <<: *b\n    image: api:1\n",
                                 {{6, 12}}},
                            });
  check_rule_cases(
      "BP101", {
                   {"pull_policy", "services:\n  api:\n    build: .\n    image: api:1\n    pull_policy: build\n", {}},
                   {"build only", "services:\n  api:\n    build: .\n", {}},
               });
}
