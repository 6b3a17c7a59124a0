#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR104 duplicate-container-name: reported cases", "[rules][COR104][compose]") {
  check_rule_cases(
      "COR104",
      {
          {"two services", "services:\n  a:\n    container_name: app\n  b:\n    container_name: app\n", {{5, 21}}},
          {"through an anchor",
           "x-n: &n app\nservices:\n  a:\n    container_name: *n\n  b:\n    container_name: app\n",
           {{6, 21}}},
          {"after interpolation",
           "services:\n  a:\n    container_name: ${N:-app}\n  b:\n    container_name: app\n",
           {{5, 21}}},
      });
}

TEST_CASE("COR104 duplicate-container-name: silent cases", "[rules][COR104][compose]") {
  check_rule_cases("COR104",
                   {
                       {"different", "services:\n  a:\n    container_name: a\n  b:\n    container_name: b\n", {}},
                       {"none", "services:\n  a:\n    image: a:1\n  b:\n    image: a:1\n", {}},
                   });
}
