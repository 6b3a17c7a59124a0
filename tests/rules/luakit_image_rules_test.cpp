// The Dockerfile rules about the image run on Luakit scripts through the shared build model: the same
// findings, with positions in the Lua source (shell commands inside their string literals), and fixes that
// edit the literal.
#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::InputKind;
using dlint::testing::check_rule_cases;

TEST_CASE("image rules on Luakit: root user, tags, healthcheck, secrets in export env", "[rules][luakit]") {
  check_rule_cases(
      "SEC001",
      {
          {"no user", "bk.export(bk.image(\"node:20-alpine\"))\n", {{1, 21}}},
          {"user root", "bk.export(bk.image(\"node:20\"), { user = \"root\" })\n", {{1, 42}}},
          {"an unprivileged user", "bk.export(bk.image(\"node:20\"), { user = \"node\" })\n", {}},
          {"scratch without runs", "bk.export(bk.scratch():copy(bk.image(\"b:1\"), \"/x\", \"/x\"))\n", {}},
      },
      InputKind::Luakit);
  check_rule_cases("BP002",
                   {
                       {"untagged", "bk.export(bk.image(\"alpine\"))\n", {{1, 21}}},
                       {"tagged", "bk.export(bk.image(\"alpine:3.19\"))\n", {}},
                       {"from the environment: its untagged default is judged",
                        "bk.export(bk.image(os.getenv(\"BASE\") or \"alpine\"))\n",
                        {{1, 20}}},
                       {"from the environment, with a tagged default",
                        "bk.export(bk.image(os.getenv(\"BASE\") or \"alpine:3.20\"))\n",
                        {}},
                   },
                   InputKind::Luakit);
  check_rule_cases("BP003", {{"latest", "bk.export(bk.image(\"alpine:latest\"))\n", {{1, 28}}}}, InputKind::Luakit);
  check_rule_cases("BP001",
                   {
                       {"an exported image", "bk.export(bk.image(\"alpine:3.19\"), { cmd = { \"sh\" } })\n", {{1, 21}}},
                       {"nothing exported", "local s = bk.image(\"alpine:3.19\")\n", {}},
                       {"scratch that runs nothing", "bk.export(bk.scratch())\n", {}},
                   },
                   InputKind::Luakit);
  check_rule_cases(
      "SEC005",
      {
          {"a secret name in export env",
           "bk.export(bk.image(\"a:1\"), { env = { API_KEY = \"k\", PORT = \"80\" } })\n",
           {{1, 38}}},
          {"run env is SEC182's", "bk.export(bk.image(\"a:1\"):run(\"x\", { env = { API_KEY = \"k\" } }))\n", {}},
      },
      InputKind::Luakit);
  check_rule_cases(
      "COR007",
      {{"an invalid exposed port", "bk.export(bk.image(\"a:1\"), { expose = { \"80000\", 8080 } })\n", {{1, 42}}}},
      InputKind::Luakit);
}

TEST_CASE("RUN rules on Luakit :run strings, with fixes inside the literal", "[rules][luakit]") {
  check_rule_cases("SIZE002",
                   {
                       {"apk add in a string",
                        "bk.export(bk.image(\"alpine:3.19\"):run(\"apk add curl\"))\n",
                        {{1, 44}},
                        "bk.export(bk.image(\"alpine:3.19\"):run(\"apk add --no-cache curl\"))\n"},
                       {"apk add in an argument table",
                        "bk.export(bk.image(\"alpine:3.19\"):run({ \"apk\", \"add\", \"curl\" }))\n",
                        {{1, 49}}},
                       {"a cache mount on /var/cache/apk",
                        "bk.export(bk.image(\"alpine:3.19\"):run(\"apk add curl\", { mounts = { "
                        "bk.cache(\"/var/cache/apk\") } }))\n",
                        {}},
                       {"in a stage that is only copied from, not exported",
                        "local b = bk.image(\"alpine:3.19\"):run(\"apk add go\")\n"
                        "bk.export(bk.image(\"alpine:3.19\"):copy(b, \"/x\", \"/x\"))\n",
                        {}},
                   },
                   InputKind::Luakit);
  check_rule_cases(
      "BP010",
      {
          {"apt-get install without -y, across two literals",
           "bk.export(bk.image(\"debian:12\"):run(\"apt-get update && \" ..\n  \"apt-get install curl\"))\n",
           {{2, 12}},
           "bk.export(bk.image(\"debian:12\"):run(\"apt-get update && \" ..\n  \"apt-get install -y curl\"))\n"},
      },
      InputKind::Luakit);
  check_rule_cases("COR009",
                   {{"an unclosed quote in a command", "bk.export(bk.image(\"a:1\"):run(\"echo 'x\"))\n", {{1, 37}}}},
                   InputKind::Luakit);
  check_rule_cases(
      "SEC003",
      {{"curl piped to sh", "bk.export(bk.image(\"a:1\"):run(\"curl -fsSL https://x.sh | sh\"))\n", {{1, 58}}}},
      InputKind::Luakit);
}

TEST_CASE("a :run's own env counts as the environment the command sees", "[rules][luakit]") {
  check_rule_cases("SIZE003",
                   {
                       {"pip install", "bk.export(bk.image(\"python:3.12\"):run(\"pip install flask\"))\n", {{1, 44}}},
                       {"PIP_NO_CACHE_DIR in the run's env",
                        "bk.export(bk.image(\"python:3.12\"):run(\"pip install flask\", { env = { PIP_NO_CACHE_DIR = "
                        "\"1\" } }))\n",
                        {}},
                   },
                   InputKind::Luakit);
}
