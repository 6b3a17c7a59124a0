#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP026 zypper-unpinned: reported cases", "[rules][BP026]") {
  check_rule_cases("BP026", {
                                {"install", "FROM opensuse/leap\nRUN zypper -n install curl\n", {{2, 23}}},
                                {"in", "FROM opensuse/leap\nRUN zypper in -y curl=8.6.0 git\n", {{2, 29}}},
                                {"ONBUILD RUN", "FROM opensuse/leap\nONBUILD RUN zypper -n in git\n", {{2, 26}}},
                            });
}

TEST_CASE("BP026 zypper-unpinned: silent cases", "[rules][BP026]") {
  check_rule_cases("BP026",
                   {
                       {"pins and ranges", "FROM opensuse/leap\nRUN zypper -n in curl=8.6.0 'git>=2.43'\n", {}},
                       {"patterns", "FROM opensuse/leap\nRUN zypper -n in -t pattern devel_basis\n", {}},
                       {"capabilities", "FROM opensuse/leap\nRUN zypper -n in pattern:devel_basis\n", {}},
                   });
}
