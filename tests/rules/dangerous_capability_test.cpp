#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC101 dangerous-capability: cases", "[rules][SEC101][compose]") {
  check_rule_cases(
      "SEC101",
      {
          {"SYS_ADMIN and NET_ADMIN",
           "services:\n  a:\n    image: a:1\n    cap_add:\n      - SYS_ADMIN\n"
           "      - NET_ADMIN\n",
           {{5, 9}, {6, 9}}},
          {"ALL in a flow list", "services:\n  a:\n    image: a:1\n    cap_add: [ALL]\n", {{4, 15}}},
          {"CAP_ prefix, lower case", "services:\n  a:\n    image: a:1\n    cap_add: [cap_sys_ptrace]\n", {{4, 15}}},
      });
  check_rule_cases(
      "SEC101", {
                    {"harmless capability", "services:\n  a:\n    image: a:1\n    cap_add: [NET_BIND_SERVICE]\n", {}},
                    {"cap_drop ALL", "services:\n  a:\n    image: a:1\n    cap_drop: [ALL]\n", {}},
                });
}
