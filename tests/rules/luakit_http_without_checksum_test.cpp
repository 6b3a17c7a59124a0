#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::InputKind;
using dlint::testing::check_rule_cases;

TEST_CASE("SEC180 luakit-http-without-checksum: reported cases", "[rules][SEC180][luakit]") {
  check_rule_cases(
      "SEC180",
      {
          {"bk.https without options", "local f = bk.https(\"https://example.com/tool.tgz\")\n", {{1, 21}}},
          {"bk.http with other options",
           "local f = bk.http(\"http://example.com/t\", { filename = \"t\", chmod = 493 })\n",
           {{1, 20}}},
          {"a URL built with ..",
           "local v = \"1.2\"\nlocal f = bk.https(\"https://example.com/tool-\" .. v .. \".tgz\")\n",
           {{2, 20}}},
      },
      InputKind::Luakit);
}

TEST_CASE("SEC180 luakit-http-without-checksum: silent cases", "[rules][SEC180][luakit]") {
  check_rule_cases("SEC180",
                   {
                       {"a checksum", "local f = bk.https(\"https://e.com/t\", { checksum = \"sha256:ab\" })\n", {}},
                       {"a git source", "local g = bk.git(\"https://github.com/a/b.git\", { ref = \"v1\" })\n", {}},
                   },
                   InputKind::Luakit);
}
