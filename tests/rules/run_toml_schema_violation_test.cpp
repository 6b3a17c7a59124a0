#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

TEST_CASE("COR201 run-toml-schema-violation: cases", "[rules][COR201][runtoml]") {
  check_rule_cases(
      "COR201",
      {
          {"misspelt component key", "[components.web]\npath = \"w.wasm\"\ncapabilites = [\"stdout\"]\n", {{3, 1}}},
          {"unknown section", "[projct]\nname = \"a\"\n", {{1, 2}}},
          {"wrong type", "[components.web]\npath = \"w.wasm\"\ncapabilities = \"stdout\"\n", {{3, 16}}},
          {"wrong item type", "[components.web]\ncapabilities = [\"stdout\", 8080]\n", {{2, 27}}},
          {"dotted key", "[components.web]\nhealth_check.intervall = 5\n", {{2, 14}}},
          {"every violation its own finding",
           "[dev]\nport = \"3000\"\nhot_reload = \"yes\"\nwatchh = []\n",
           {{2, 8}, {3, 14}, {4, 1}}},
          {"guide dialect key", "[[component]]\nname = \"web\"\nlang = \"rust\"\n", {{3, 1}}},
          {"guide bridge", "[bridge.db]\nimage = \"postgres:16\"\nport = 5432\n", {{3, 1}}},
          {"inline table key", "[bridge.db]\nimage = \"p:1\"\nenv = { A = 1 }\n", {{3, 13}}},
          {"component env for a component that does not exist",
           "[[component]]\nname = \"web\"\n\n[component.api.env]\nA = \"1\"\n",
           {{4, 12}}},
          {"guide component without a name", "[[component]]\nsource = \"a.rs\"\n", {{1, 1}}},
      });
  check_rule_cases(
      "COR201",
      {
          {"runtime dialect",
           "[project]\nname = \"a\"\nauthors = [\"me\"]\n\n[components.web]\npath = \"w.wasm\"\nsource = \"src\"\n"
           "language = \"rust\"\nbuild = \"cargo component build\"\ncapabilities = [\"stdout\"]\n"
           "dependencies = []\nrestart = \"always\"\n\n[components.web.env]\nA = \"1\"\n\n"
           "[components.web.health_check]\nfunction = \"health\"\ninterval = 5\nretries = 3\n\n"
           "[docker.db]\nurl = \"http://db:5432\"\nenv_var = \"DB_URL\"\n\n[dev]\nport = 3000\n"
           "services = [\"db\"]\n\n[build]\nopt_level = \"release\"\n\n[registry]\nurl = \"https://r\"\n\n"
           "[dependencies]\nhttp = \"1.0\"\n\n[dependencies.json]\nversion = \"2\"\noptional = true\n\n"
           "[tests.ping]\ncomponent = \"web\"\nfunction = \"ping\"\nexpect = \"pong\"\n\n"
           "[plugins.fmt]\npath = \"p.wasm\"\nenabled = true\n\n[deploy.edge]\ntarget = \"cloudflare\"\nzone = \"z\"\n",
           {}},
          {"guide dialect",
           "[package]\nname = \"a\"\n\n[[component]]\nname = \"web\"\nsource = \"src/lib.rs\"\nlanguage = \"rust\"\n"
           "wit = \"w.wit\"\ndev.port = 8080\nopt_level = \"s\"\nstrip_debug = true\n\n[component.web.env]\nA = "
           "\"1\"\n\n"
           "[bridge]\nenabled = true\n\n[bridge.db]\nimage = \"p:1\"\nports = { 5432 = 5432 }\nenv = { B = \"2\" }\n\n"
           "[env.production]\nA = \"3\"\n",
           {}},
          {"docker as one entry", "[docker]\nurl = \"http://db:5432\"\nenv_var = \"DB\"\n", {}},
          {"bridge ports as a list", "[bridge.db]\nimage = \"p:1\"\nports = [\"5432:5432\"]\n", {}},
      });
}

TEST_CASE("COR201 suggests the closest key", "[rules][COR201][runtoml]") {
  auto findings = run_rule("COR201", "[components.web]\ncapabilites = []\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("did you mean `capabilities`") != std::string::npos);
}
