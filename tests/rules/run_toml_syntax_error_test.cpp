#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

TEST_CASE("COR200 run-toml-syntax-error: cases", "[rules][COR200][runtoml]") {
  check_rule_cases(
      "COR200",
      {
          {"unterminated string", "[project]\nname = \"web\nversion = \"1\"\n", {{2, 12}}},
          {"duplicate key, at its value as toml++ reports it", "[project]\nname = \"a\"\nname = \"b\"\n", {{3, 8}}},
          {"table redefined", "[components.web]\npath = \"a\"\n[components.web]\n", {{3, 1}}},
          {"missing value", "[project]\nname =\n", {{2, 7}}},
      });
  check_rule_cases("COR200", {
                                 {"valid", "[project]\nname = \"web\"\n", {}},
                                 {"empty file", "", {}},
                                 {"comments only", "# nothing yet\n", {}},
                             });
}

TEST_CASE("COR200 names toml++'s reason", "[rules][COR200][runtoml]") {
  auto findings = run_rule("COR200", "[project]\nname = \"a\"\nname = \"b\"\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("name") != std::string::npos);
}

TEST_CASE("COR200 refuses keys nested too deep", "[rules][COR200][runtoml]") {
  std::string key = "a";
  for (int i = 0; i < 200; ++i) key += ".a";
  auto findings = run_rule("COR200", "[project]\nname = \"x\"\n" + key + " = 1\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].span.start.line == 3);
  CHECK(findings[0].message.find("128") != std::string::npos);
}
