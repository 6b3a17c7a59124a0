#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC105 unconfined-security-profile: cases", "[rules][SEC105][compose]") {
  check_rule_cases(
      "SEC105",
      {
          {"seccomp and apparmor",
           "services:\n  a:\n    image: a:1\n    security_opt:\n      - "
           "seccomp:unconfined\n      - apparmor=unconfined\n",
           {{5, 9}, {6, 9}}},
          {"label disable", "services:\n  a:\n    image: a:1\n    security_opt: [\"label:disable\"]\n", {{4, 20}}},
      });
  check_rule_cases(
      "SEC105", {
                    {"custom profile", "services:\n  a:\n    image: a:1\n    security_opt: [seccomp:./p.json]\n", {}},
                });
}
