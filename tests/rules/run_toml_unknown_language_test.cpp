#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

TEST_CASE("COR204 run-toml-unknown-language: cases", "[rules][COR204][runtoml]") {
  check_rule_cases("COR204", {
                                 {"typo", "[components.web]\nlanguage = \"rustt\"\n", {{2, 12}}},
                                 {"guide dialect", "[[component]]\nname = \"web\"\nlanguage = \"cobol\"\n", {{3, 12}}},
                                 {"literal string", "[components.web]\nlanguage = 'pyhton'\n", {{2, 12}}},
                             });
  check_rule_cases("COR204", {
                                 {"known", "[components.web]\nlanguage = \"rust\"\n", {}},
                                 {"alias, any case", "[components.web]\nlanguage = \"TinyGo\"\n", {}},
                                 {"no language", "[components.web]\npath = \"w.wasm\"\n", {}},
                             });
}

TEST_CASE("COR204 suggests the closest language", "[rules][COR204][runtoml]") {
  auto findings = run_rule("COR204", "[components.web]\nlanguage = \"pyhton\"\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("did you mean `python`") != std::string::npos);
}
