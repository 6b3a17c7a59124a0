#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR005 multiple-cmd-or-entrypoint: reported cases", "[rules][COR005]") {
  check_rule_cases(
      "COR005",
      {
          {"two CMD", "FROM alpine:3.20\nCMD [\"a\"]\nCMD [\"b\"]\n", {{2, 1}}},
          {"three CMD: both overridden", "FROM alpine:3.20\nCMD a\nCMD b\nCMD c\n", {{2, 1}, {3, 1}}},
          {"two ENTRYPOINT", "FROM alpine:3.20\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\n", {{2, 1}}},
          {"lower-case and indented", "from alpine:3.20\n  cmd a\ncmd b\n", {{2, 3}}},
          {"CMD and ENTRYPOINT each twice",
           "FROM alpine:3.20\nENTRYPOINT [\"e1\"]\nCMD [\"c1\"]\nENTRYPOINT [\"e2\"]\nCMD [\"c2\"]\n",
           {{2, 1}, {3, 1}}},
          {"continuation", "FROM alpine:3.20\nCMD \\\n  [\"a\"]\nCMD [\"b\"]\n", {{2, 1}}},
          {"in a build stage too", "FROM alpine:3.20 AS a\nCMD a\nCMD b\nFROM alpine:3.20\nCMD c\n", {{2, 1}}},
      });
}

TEST_CASE("COR005 multiple-cmd-or-entrypoint: silent cases", "[rules][COR005]") {
  check_rule_cases("COR005",
                   {
                       {"one CMD and one ENTRYPOINT", "FROM alpine:3.20\nENTRYPOINT [\"app\"]\nCMD [\"serve\"]\n", {}},
                       {"one per stage", "FROM alpine:3.20 AS a\nCMD a\nFROM alpine:3.20\nCMD b\n", {}},
                       {"overriding the parent stage's", "FROM alpine:3.20 AS base\nCMD a\nFROM base\nCMD b\n", {}},
                       {"ONBUILD CMD", "FROM alpine:3.20\nONBUILD CMD a\nCMD b\n", {}},
                       {"HEALTHCHECK CMD is not a CMD", "FROM alpine:3.20\nHEALTHCHECK CMD true\nCMD app\n", {}},
                   });
}
