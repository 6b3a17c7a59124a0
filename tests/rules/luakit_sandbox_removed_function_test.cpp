#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::InputKind;
using dlint::testing::check_rule_cases;

TEST_CASE("COR181 luakit-sandbox-removed-function: reported cases", "[rules][COR181][luakit]") {
  check_rule_cases("COR181",
                   {
                       {"os.execute", "os.execute(\"make\")\nbk.export(bk.scratch())\n", {{1, 1}}},
                       {"io.open in an expression", "local v = io.open(\"VERSION\"):read(\"*l\")\n", {{1, 11}}},
                       {"dofile and loadfile", "dofile(\"a.lua\")\nlocal f = loadfile(\"b.lua\")\n", {{1, 1}, {2, 11}}},
                       {"inside a function that is called",
                        "local function clean() os.remove(\"/tmp/x\") end\nclean()\n",
                        {{1, 24}}},
                       {"in one branch of an undecidable if", "if os.getenv(\"CI\") then os.exit(1) end\n", {{1, 25}}},
                   },
                   InputKind::Luakit);
}

TEST_CASE("COR181 luakit-sandbox-removed-function: silent cases", "[rules][COR181][luakit]") {
  check_rule_cases("COR181",
                   {
                       {"os.getenv is kept", "local v = os.getenv(\"VERSION\") or \"1\"\n", {}},
                       {"a function that is never called", "local function f() os.execute(\"x\") end\n", {}},
                       {"a local named io", "local io = { open = function() end }\nio.open(\"x\")\n", {}},
                   },
                   InputKind::Luakit);
}
