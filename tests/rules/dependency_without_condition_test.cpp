#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP103 dependency-without-condition: cases", "[rules][BP103][compose]") {
  check_rule_cases("BP103", {
                                {"list form",
                                 "services:\n  a:\n    image: a:1\n    depends_on:\n      - b\n  b:\n    image: b:1\n",
                                 {{5, 9}}},
                                {"map without condition",
                                 "services:\n  a:\n    image: a:1\n    depends_on:\n      b:\n        "
                                 "required: false\n  b:\n    image: b:1\n",
                                 {{5, 7}}},
                            });
  check_rule_cases("BP103", {
                                {"condition",
                                 "services:\n  a:\n    image: a:1\n    depends_on:\n      b:\n        condition: "
                                 "service_healthy\n  b:\n    image: b:1\n",
                                 {}},
                            });
}
