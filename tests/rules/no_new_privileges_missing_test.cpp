#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC104 no-new-privileges-missing: cases", "[rules][SEC104][compose]") {
  check_rule_cases(
      "SEC104",
      {
          {"none", "services:\n  api:\n    image: a:1\n", {{2, 3}}},
          {"other options only", "services:\n  api:\n    image: a:1\n    security_opt: [\"label:type:x\"]\n", {{2, 3}}},
          {"set to false",
           "services:\n  api:\n    image: a:1\n    security_opt: [no-new-privileges:false]\n",
           {{2, 3}}},
      });
  check_rule_cases(
      "SEC104",
      {
          {"colon form", "services:\n  api:\n    image: a:1\n    security_opt:\n      - no-new-privileges:true\n", {}},
          {"bare and equals forms",
           "services:\n  a:\n    image: a:1\n    security_opt: [no-new-privileges]\n"
           "  b:\n    image: a:1\n    security_opt: [no-new-privileges=true]\n",
           {}},
          {"from a merge key",
           "x-h: &h\n  security_opt: [no-new-privileges:true]\nservices:\n  a:\n    <<: *h\n"
           "    image: a:1\n",
           {}},
      });
}
