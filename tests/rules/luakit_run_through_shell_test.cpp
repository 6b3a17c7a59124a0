#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::InputKind;
using dlint::testing::check_rule_cases;

TEST_CASE("BP180 luakit-run-through-shell: reported cases", "[rules][BP180][luakit]") {
  check_rule_cases(
      "BP180",
      {
          {"a string command", "local s = bk.image(\"a:1\")\nbk.export(s:run(\"npm ci\"))\n", {{2, 13}}},
          {"in a chain", "bk.export(bk.image(\"a:1\")\n  :run({ \"a\" })\n  :run(\"b && c\"))\n", {{3, 4}}},
          {"a string built with ..",
           "local s = bk.image(\"a:1\")\nbk.export(s:run(\"make \" .. \"all\"))\n",
           {{2, 13}}},
      },
      InputKind::Luakit);
}

TEST_CASE("BP180 luakit-run-through-shell: silent cases", "[rules][BP180][luakit]") {
  check_rule_cases("BP180",
                   {
                       {"an argument table", "bk.export(bk.image(\"a:1\"):run({ \"npm\", \"ci\" }))\n", {}},
                       {"an explicit sh -c", "bk.export(bk.image(\"a:1\"):run({ \"sh\", \"-c\", \"a && b\" }))\n", {}},
                   },
                   InputKind::Luakit);
  // Dockerfile shell-form RUN is the Dockerfile's normal form, not this rule's business.
  check_rule_cases("BP180", {{"a Dockerfile RUN", "FROM alpine:3.19\nRUN make\n", {}}});
}
