#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::InputKind;
using dlint::testing::check_rule_cases;

TEST_CASE("SEC181 run-outside-sandbox: Luakit cases", "[rules][SEC181][luakit]") {
  check_rule_cases(
      "SEC181",
      {
          {"network host", "bk.export(bk.image(\"a:1\"):run({ \"x\" }, { network = \"host\" }))\n", {{1, 53}}},
          {"security insecure",
           "local s = bk.image(\"a:1\")\nbk.export(s:run(\"x\", {\n  security = \"insecure\",\n}))\n",
           {{3, 15}}},
          {"both",
           "bk.export(bk.image(\"a:1\"):run(\"x\", { network = \"host\", security = \"insecure\" }))\n",
           {{1, 49}, {1, 68}}},
          {"sandboxed",
           "bk.export(bk.image(\"a:1\"):run(\"x\", { network = \"none\", security = \"sandbox\" }))\n",
           {}},
      },
      InputKind::Luakit);
}

TEST_CASE("SEC181 run-outside-sandbox: Dockerfile cases", "[rules][SEC181]") {
  check_rule_cases("SEC181",
                   {
                       {"RUN --network=host", "FROM alpine:3.19\nRUN --network=host wget http://x\n", {{2, 15}}},
                       {"RUN --security=insecure", "FROM alpine:3.19\nRUN --security=insecure mount -a\n", {{2, 16}}},
                       {"ONBUILD RUN", "FROM alpine:3.19\nONBUILD RUN --network=host make\n", {{2, 23}}},
                       {"--network=none", "FROM alpine:3.19\nRUN --network=none make\n", {}},
                       {"a plain RUN", "FROM alpine:3.19\nRUN make\n", {}},
                   });
}
