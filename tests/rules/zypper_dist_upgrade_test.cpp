#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP029 zypper-dist-upgrade: cases", "[rules][BP029]") {
  check_rule_cases("BP029",
                   {
                       {"dist-upgrade", "FROM opensuse/leap\nRUN zypper -n dist-upgrade\n", {{2, 15}}},
                       {"dup", "FROM opensuse/leap\nRUN zypper --non-interactive dup --no-recommends\n", {{2, 30}}},
                       {"ONBUILD RUN", "FROM opensuse/leap\nONBUILD RUN zypper -n dup\n", {{2, 23}}},
                       {"update and patch are fine", "FROM opensuse/leap\nRUN zypper -n up && zypper -n patch\n", {}},
                       {"apt-get dist-upgrade is not zypper", "FROM debian\nRUN apt-get -y dist-upgrade\n", {}},
                   });
}
