#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

TEST_CASE("SEC209 run-toml-broad-capability: cases", "[rules][SEC209][runtoml]") {
  check_rule_cases(
      "SEC209",
      {
          {"all", "[components.web]\ncapabilities = [\"all\"]\n", {{2, 17}}},
          {"write the whole file system", "[components.web]\ncapabilities = [\"stdout\", \"fs:write:/\"]\n", {{2, 27}}},
          {"env:* with an env table: fixed to the component's variables",
           "[components.web]\ncapabilities = [\"stdout\", \"env:*\"]\n\n[components.web.env]\nPORT = \"1\"\nHOST = "
           "\"h\"\n",
           {{2, 27}},
           "[components.web]\ncapabilities = [\"stdout\", \"env:PORT\", \"env:HOST\"]\n\n[components.web.env]\nPORT = "
           "\"1\"\nHOST = \"h\"\n"},
          {"env:* without env: no fix",
           "[components.web]\ncapabilities = ['env:*']\n",
           {{2, 17}},
           "[components.web]\ncapabilities = ['env:*']\n"},
          {"literal string fixed",
           "[components.web]\ncapabilities = ['env:*']\n[components.web.env]\nA = \"1\"\n",
           {{2, 17}},
           "[components.web]\ncapabilities = [\"env:A\"]\n[components.web.env]\nA = \"1\"\n"},
      });
  check_rule_cases("SEC209",
                   {
                       {"narrow", "[components.web]\ncapabilities = [\"env:PORT\", \"fs:write:/data\"]\n", {}},
                       {"env means all variables, spelled right", "[components.web]\ncapabilities = [\"env\"]\n", {}},
                       {"read the root", "[components.web]\ncapabilities = [\"fs:read:/etc\"]\n", {}},
                   });
}

TEST_CASE("SEC209's env:* fix is unsafe", "[rules][SEC209][runtoml]") {
  auto findings = run_rule("SEC209", "[components.web]\ncapabilities = [\"env:*\"]\n[components.web.env]\nA = \"1\"\n");
  REQUIRE(findings.size() == 1);
  REQUIRE(findings[0].fix);
  CHECK_FALSE(findings[0].fix->safe);
}
