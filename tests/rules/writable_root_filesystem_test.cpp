#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC106 writable-root-filesystem: cases", "[rules][SEC106][compose]") {
  check_rule_cases(
      "SEC106",
      {
          {"not set", "services:\n  api:\n    image: a:1\n", {{2, 3}}},
          {"two services", "services:\n  a:\n    image: a:1\n  b:\n    image: b:1\n    read_only: true\n", {{2, 3}}},
      });
  check_rule_cases("SEC106",
                   {
                       {"read-only", "services:\n  api:\n    image: a:1\n    read_only: true\n", {}},
                       {"explicitly writable", "services:\n  api:\n    image: a:1\n    read_only: false\n", {}},
                   });
}
