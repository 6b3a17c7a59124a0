#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::InputKind;
using dlint::testing::check_rule_cases;

TEST_CASE("SEC182 luakit-secret-in-run-env: reported cases", "[rules][SEC182][luakit]") {
  check_rule_cases(
      "SEC182",
      {
          {"a secret name",
           "bk.export(bk.image(\"a:1\"):run({ \"npm\", \"ci\" }, { env = { NPM_TOKEN = \"abc\" } }))\n",
           {{1, 58}}},
          {"a credential-shaped value",
           "local s = bk.image(\"a:1\")\nbk.export(s:run(\"x\", { env = { KEY_ID = \"AKIAIOSFODNN7EXAMPLE\" } }))\n",
           {{2, 42}}},
          {"from a variable",
           "local pw = os.getenv(\"DB_PASSWORD\") or \"changeme\"\n"
           "bk.export(bk.image(\"a:1\"):run(\"x\", { env = { DB_PASSWORD = pw } }))\n",
           {{2, 46}}},
      },
      InputKind::Luakit);
}

TEST_CASE("SEC182 luakit-secret-in-run-env: silent cases", "[rules][SEC182][luakit]") {
  check_rule_cases(
      "SEC182",
      {
          {"ordinary variables",
           "bk.export(bk.image(\"a:1\"):run(\"x\", { env = { NODE_ENV = \"production\" } }))\n",
           {}},
          {"a name that points at a secret file",
           "bk.export(bk.image(\"a:1\"):run(\"x\", { env = { TOKEN_FILE = \"/run/secrets/t\" } }))\n",
           {}},
          {"a secret mount",
           "bk.export(bk.image(\"a:1\"):run(\"x\", { mounts = { bk.secret(\"/run/secrets/t\", { id = \"t\" }) } }))\n",
           {}},
          {"bk.export env is secret-in-env-or-arg's",
           "bk.export(bk.image(\"a:1\"), { env = { API_KEY = \"x\" } })\n",
           {}},
      },
      InputKind::Luakit);
}
