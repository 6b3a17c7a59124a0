#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::InputKind;
using dlint::testing::check_rule_cases;

TEST_CASE("BP182 luakit-context-without-filter: reported cases", "[rules][BP182][luakit]") {
  check_rule_cases("BP182",
                   {
                       {"the context as a mount",
                        "bk.export(bk.image(\"a:1\"):run({ \"make\" }, { mounts = { bk.local_(\"context\") } }))\n",
                        {{1, 67}}},
                       {"copied from",
                        "local src = bk.local_(\"context\")\nbk.export(bk.scratch():copy(src, \".\", \"/\"))\n",
                        {{1, 24}}},
                       {"another local with an options table but no list",
                        "local src = bk.local_(\"assets\", { shared_key_hint = \"a\" })\n"
                        "bk.export(bk.scratch():copy(src, \".\", \"/\"))\n",
                        {{1, 24}}},
                   },
                   InputKind::Luakit);
}

TEST_CASE("BP182 luakit-context-without-filter: silent cases", "[rules][BP182][luakit]") {
  check_rule_cases(
      "BP182",
      {
          {"an include list", "local src = bk.local_(\"context\", { include = { \"package*.json\" } })\n", {}},
          {"an exclude list", "local src = bk.local_(\"context\", { exclude = { \".git\" } })\n", {}},
      },
      InputKind::Luakit);
}
