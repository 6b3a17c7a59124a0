#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::InputKind;
using dlint::testing::check_rule_cases;

TEST_CASE("COR183 luakit-not-analyzed: reported cases", "[rules][COR183][luakit]") {
  check_rule_cases(
      "COR183",
      {
          {"require", "local steps = require(\"steps\")\n", {{1, 15}}},
          {"a command from a library function not evaluated",
           "local s = bk.image(\"a:1\")\nbk.export(s:run(os.date(\"%Y\")))\n",
           {{2, 17}}},
          {"a loop over something unknown",
           "local s = bk.image(\"a:1\")\nfor line in string.gmatch(os.getenv(\"P\") or \"\", \"%S+\") do end\n"
           "bk.export(s)\n",
           {{2, 13}}},
          {"a while loop whose condition depends on the environment",
           "while os.getenv(\"X\") do end\nbk.export(bk.scratch())\n",
           {{1, 7}}},
          {"an endless loop", "while true do end\n", {{1, 1}}},
          {"a call to nil", "local s = bk.image(\"a:1\")\nhelper(s)\nbk.export(s)\n", {{2, 1}}},
      },
      InputKind::Luakit);
}

TEST_CASE("COR183 luakit-not-analyzed: silent cases", "[rules][COR183][luakit]") {
  check_rule_cases("COR183",
                   {
                       {"environment variables with defaults",
                        "local v = os.getenv(\"V\") or \"3.19\"\nbk.export(bk.image(\"alpine:\" .. v))\n",
                        {}},
                       {"an if on the environment",
                        "local s = bk.image(\"a:1\")\nif os.getenv(\"D\") then s = s:run(\"x\") end\n"
                        "bk.export(s)\n",
                        {}},
                       {"loops with known bounds",
                        "local s = bk.image(\"a:1\")\nfor i = 1, 3 do s = s:run(\"echo \" .. i) end\nfor k, v in "
                        "pairs({ a = 1 }) do "
                        "end\nbk.export(s)\n",
                        {}},
                       {"an unknown value that is never used", "local t = os.time()\nbk.export(bk.scratch())\n", {}},
                   },
                   InputKind::Luakit);
}
