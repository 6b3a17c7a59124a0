#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR006 multiple-healthcheck: reported cases", "[rules][COR006]") {
  check_rule_cases(
      "COR006",
      {
          {"two", "FROM nginx:1.27\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b\n", {{2, 1}}},
          {"three", "FROM nginx:1.27\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b\nHEALTHCHECK NONE\n", {{2, 1}, {3, 1}}},
          {"lower-case, indented", "FROM nginx:1.27\n  healthcheck none\nhealthcheck cmd b\n", {{2, 3}}},
          {"continuation", "FROM nginx:1.27\nHEALTHCHECK --interval=5s \\\n  CMD a\nHEALTHCHECK CMD b\n", {{2, 1}}},
      });
}

TEST_CASE("COR006 multiple-healthcheck: silent cases", "[rules][COR006]") {
  check_rule_cases(
      "COR006",
      {
          {"one", "FROM nginx:1.27\nHEALTHCHECK CMD a\n", {}},
          {"one per stage", "FROM nginx:1.27 AS a\nHEALTHCHECK CMD a\nFROM nginx:1.27\nHEALTHCHECK CMD b\n", {}},
          {"overriding the parent stage's",
           "FROM nginx:1.27 AS base\nHEALTHCHECK CMD a\nFROM base\nHEALTHCHECK NONE\n",
           {}},
          {"ONBUILD HEALTHCHECK", "FROM nginx:1.27\nONBUILD HEALTHCHECK CMD a\nHEALTHCHECK CMD b\n", {}},
      });
}
