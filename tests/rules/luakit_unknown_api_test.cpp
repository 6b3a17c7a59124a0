#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::InputKind;
using dlint::testing::check_rule_cases;

TEST_CASE("COR182 luakit-unknown-api: reported cases", "[rules][COR182][luakit]") {
  check_rule_cases(
      "COR182",
      {
          {"an unknown bk function", "local s = bk.from(\"alpine:3.19\")\n", {{1, 11}}},
          {"a misspelled option", "local s = bk.image(\"alpine:3.19\", { plaform = \"linux/arm64\" })\n", {{1, 37}}},
          {"healthcheck is not a bk.export option",
           "bk.export(bk.image(\"a:1\"), {\n  healthcheck = { test = { \"CMD\", \"true\" } },\n})\n",
           {{2, 3}}},
          {"an unknown state method", "local s = bk.image(\"a:1\")\nlocal r = s:exec({ \"true\" })\n", {{2, 13}}},
          {"an unknown :run option in a chain",
           "bk.export(bk.image(\"a:1\"):run(\"x\", { workdir = \"/app\" }))\n",
           {{1, 38}}},
          {"an unknown mount option", "local c = bk.cache(\"/root/.npm\", { mode = \"shared\" })\n", {{1, 36}}},
      },
      InputKind::Luakit);
}

TEST_CASE("COR182 luakit-unknown-api: silent cases", "[rules][COR182][luakit]") {
  check_rule_cases(
      "COR182",
      {
          {"the documented API",
           "local ctx = bk.local_(\"context\", { include = { \"src\" }, exclude = { \".git\" } })\n"
           "local s = bk.image(\"a:1\", { platform = bk.platform(\"linux\", \"amd64\") })\n"
           "  :run({ \"make\" }, { cwd = \"/src\", env = { A = \"1\" }, user = \"app\", network = \"none\", mounts = "
           "{\n"
           "    bk.cache(\"/c\", { id = \"c\", sharing = \"locked\" }), bk.secret(\"/s\", { id = \"s\" }),\n"
           "    bk.ssh({ id = \"default\" }), bk.tmpfs(\"/t\", { size = 10 }), bk.bind(ctx, \"/b\", { readonly = true "
           "}),\n"
           "  } })\n"
           "  :copy(ctx, \"a\", \"/a\", { mode = \"0644\", owner = \"app\" })\n"
           "  :mkdir(\"/d\", { make_parents = true }):mkfile(\"/d/f\", \"x\"):rm(\"/tmp\"):symlink(\"/a\", \"/b\")\n"
           "  :with_metadata({ description = \"x\" })\n"
           "bk.export(bk.merge(s, bk.diff(s, s)), { entrypoint = { \"/a\" }, cmd = { \"x\" }, env = {}, workdir = "
           "\"/\", user = \"app\", expose = { 80 }, labels = {}, os = \"linux\", arch = \"amd64\" })\n",
           {}},
          {"a table's own functions", "local t = { run = function() end }\nt.run()\n", {}},
      },
      InputKind::Luakit);
}
