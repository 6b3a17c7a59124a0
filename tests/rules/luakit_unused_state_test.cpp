#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::InputKind;
using dlint::testing::check_rule_cases;

TEST_CASE("BP181 luakit-unused-state: reported cases", "[rules][BP181][luakit]") {
  check_rule_cases(
      "BP181",
      {
          {"a run whose result is dropped",
           "local base = bk.image(\"a:1\")\nlocal tools = base:run({ \"apk\", \"add\", \"git\" })\nbk.export(base)\n",
           {{2, 20}}},
          {"a call statement that builds a state",
           "local base = bk.image(\"a:1\")\nbase:run({ \"make\" })\nbk.export(base)\n",
           {{2, 6}}},
          {"an image never used", "local unused = bk.image(\"b:1\")\nbk.export(bk.scratch())\n", {{1, 16}}},
          {"an http source never used",
           "local f = bk.https(\"https://x/y\", { checksum = \"sha256:1\" })\n"
           "bk.export(bk.scratch())\n",
           {{1, 11}}},
      },
      InputKind::Luakit);
}

TEST_CASE("BP181 luakit-unused-state: silent cases", "[rules][BP181][luakit]") {
  check_rule_cases(
      "BP181",
      {
          {"a chain that ends in the export",
           "local b = bk.image(\"a:1\")\nlocal c = b:run({ \"x\" })\nbk.export(c:run({ \"y\" }))\n",
           {}},
          {"copied from",
           "local b = bk.image(\"a:1\"):run({ \"make\" })\nbk.export(bk.scratch():copy(b, \"/o\", \"/o\"))\n",
           {}},
          {"mounted and merged",
           "local ctx = bk.local_(\"context\", { include = { \"x\" } })\nlocal a = bk.image(\"a:1\")\n"
           "local b = bk.image(\"b:1\")\nbk.export(bk.merge(a, b):run({ \"x\" }, { mounts = { ctx } }))\n",
           {}},
          {"built in both branches, exported after",
           "local s = bk.image(\"a:1\")\nlocal r\nif os.getenv(\"D\") then r = s:run(\"a\") else r = s:run(\"b\") end\n"
           "bk.export(r)\n",
           {}},
      },
      InputKind::Luakit);
}
