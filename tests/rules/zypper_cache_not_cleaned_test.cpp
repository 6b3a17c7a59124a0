#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SIZE011 zypper-cache-not-cleaned: cases", "[rules][SIZE011]") {
  check_rule_cases(
      "SIZE011",
      {
          {"install",
           "FROM opensuse/leap\nRUN zypper -n in curl\n",
           {{2, 15}},
           "FROM opensuse/leap\nRUN zypper -n in curl && zypper clean -a\n"},
          {"ONBUILD RUN",
           "FROM opensuse/leap\nONBUILD RUN zypper -n in curl\n",
           {{2, 23}},
           "FROM opensuse/leap\nONBUILD RUN zypper -n in curl && zypper clean -a\n"},
          {"zypper clean", "FROM opensuse/leap\nRUN zypper -n in curl && zypper clean\n", {}},
          {"zypper cc -a", "FROM opensuse/leap\nRUN zypper -n in curl && zypper cc -a\n", {}},
          {"rm -rf", "FROM opensuse/leap\nRUN zypper -n in curl && rm -rf /var/cache/zypp/*\n", {}},
          {"cache mount", "FROM opensuse/leap\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl\n", {}},
          {"build stage", "FROM opensuse/leap AS b\nRUN zypper -n in gcc\nFROM scratch\nCOPY --from=b /x /x\n", {}},
      });
}
