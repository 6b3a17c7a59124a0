#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::InputKind;
using dlint::testing::check_rule_cases;

TEST_CASE("COR180 luakit-export-count: reported cases", "[rules][COR180][luakit]") {
  check_rule_cases(
      "COR180",
      {
          {"no export: at the last unused state",
           "local base = bk.image(\"alpine:3.19\")\nlocal app = base:run({ \"true\" })\n",
           {{2, 18}}},
          {"no export and no state: the start of the file", "local x = 1\n", {{1, 1}}},
          {"twice on one path", "local s = bk.image(\"alpine:3.19\")\nbk.export(s)\nbk.export(s)\n", {{3, 1}}},
          {"twice: once before an if and once in a branch",
           "local s = bk.image(\"a:1\")\nbk.export(s)\nif os.getenv(\"X\") then\n  bk.export(s)\nend\n",
           {{4, 3}}},
          {"twice through a function",
           "local function out(s) bk.export(s) end\nlocal s = bk.image(\"a:1\")\nout(s)\nout(s)\n",
           {{1, 23}}},
      },
      InputKind::Luakit);
}

TEST_CASE("COR180 luakit-export-count: silent cases", "[rules][COR180][luakit]") {
  check_rule_cases("COR180",
                   {
                       {"exactly once", "bk.export(bk.image(\"alpine:3.19\"))\n", {}},
                       {"once in each branch of an if",
                        "local s = bk.image(\"a:1\")\nif os.getenv(\"X\") then bk.export(s) else bk.export(s) end\n",
                        {}},
                       {"once in a branch that returns, once after",
                        "local s = bk.image(\"a:1\")\nlocal function f()\n  if os.getenv(\"X\") then bk.export(s) "
                        "return end\n  bk.export(s)\nend\nf()\n",
                        {}},
                       {"a syntax error: the script is not evaluated", "local s = (\n", {}},
                       {"no export seen, but a required module may export",
                        "local build = require(\"build\")\nbuild.image(bk.image(\"a:1\"))\n",
                        {}},
                       {"no export seen before the step bound", "while true do end\nbk.export(bk.scratch())\n", {}},
                   },
                   InputKind::Luakit);
}
