#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

TEST_CASE("COR202 run-toml-ignored-dialect: cases", "[rules][COR202][runtoml]") {
  check_rule_cases(
      "COR202",
      {
          {"guide dialect, every section",
           "[package]\nname = \"a\"\n\n[[component]]\nname = \"web\"\n\n[bridge.db]\nimage = \"p:1\"\n\n"
           "[env.prod]\nA = \"1\"\n",
           {{1, 2}, {4, 3}, {7, 2}, {10, 2}},
           "# The dialect the run runtime reads: [project], [components.NAME], [docker.NAME]. Settings it has\n"
           "# no key for are kept below as comments.\n\n[project]\nname = \"a\"\n\n[components.web]\n"
           "path = \"target/wasm/web.wasm\"\n\n[dev]\nservices = [\"db\"]\n\n[docker.db]\n"
           "url = \"http://db:80\"\nenv_var = \"DB_URL\"\n# image = \"p:1\" (the runtime's docker entries name no "
           "image)\n\n# [env.prod] (the runtime has no profiles)\n# A = \"1\"\n"},
          {"mixed: only the ignored section, no rewrite",
           "[project]\nname = \"a\"\n\n[components.web]\npath = \"w.wasm\"\n\n[bridge.db]\nimage = \"p:1\"\n",
           {{7, 2}},
           "[project]\nname = \"a\"\n\n[components.web]\npath = \"w.wasm\"\n\n[bridge.db]\nimage = \"p:1\"\n"},
          {"component env tables alone", "[component.web.env]\nA = \"1\"\n", {{1, 2}}},
      });
  check_rule_cases("COR202",
                   {
                       {"runtime dialect", "[project]\nname = \"a\"\n[components.web]\npath = \"w.wasm\"\n", {}},
                       {"empty", "", {}},
                   });
}

TEST_CASE("COR202 offers one unsafe whole-file rewrite", "[rules][COR202][runtoml]") {
  auto findings = run_rule("COR202", "[package]\nname = \"a\"\n\n[[component]]\nname = \"web\"\nwit = \"w.wit\"\n");
  REQUIRE(findings.size() == 2);
  REQUIRE(findings[0].fix);
  CHECK_FALSE(findings[0].fix->safe);
  CHECK(findings[0].fix->title.find("component web: `wit`") != std::string::npos);
  CHECK_FALSE(findings[1].fix);
  CHECK(findings[0].message.find("empty project") != std::string::npos);
}
