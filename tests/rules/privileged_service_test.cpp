#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC100 privileged-service: cases", "[rules][SEC100][compose]") {
  check_rule_cases(
      "SEC100",
      {
          {"privileged", "services:\n  a:\n    image: a:1\n    privileged: true\n", {{4, 17}}},
          {"from an anchor", "x-p: &p\n  privileged: yes\nservices:\n  a:\n    <<: *p\n    image: a:1\n", {{2, 15}}},
          {"from interpolation", "services:\n  a:\n    image: a:1\n    privileged: ${P:-true}\n", {{4, 17}}},
      });
  check_rule_cases("SEC100", {
                                 {"false", "services:\n  a:\n    image: a:1\n    privileged: false\n", {}},
                                 {"absent", "services:\n  a:\n    image: a:1\n", {}},
                             });
}
