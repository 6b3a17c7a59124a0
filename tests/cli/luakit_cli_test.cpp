// `dlint analyze` on Luakit scripts: build.lua found by name and in directory walks, --kind luakit for other
// names and stdin, syntax errors as COR001 with the file marked.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_dlint.hpp"

using dlint::testing::run_dlint;
using dlint::testing::TempDir;

namespace {
// Clean under every rule but missing-healthcheck, which a Luakit script cannot satisfy.
const char* kScript =
    "local base = bk.image(\"alpine:3.19\")\n"
    "local app = base:run({ \"apk\", \"add\", \"--no-cache\", \"curl\" })\n"
    "bk.export(app, { user = \"nobody\", cmd = { \"curl\", \"--version\" } })\n";
}  // namespace

TEST_CASE("build.lua is analyzed by name and found in directory walks", "[cli][luakit]") {
  TempDir dir;
  dir.write("app/build.lua", kScript);
  dir.write("app/Dockerfile", "FROM alpine:3.19\nUSER nobody\nHEALTHCHECK NONE\nCMD [\"sh\"]\n");
  auto r = run_dlint({"analyze", "--format", "json", "app"}, dir.path());
  CHECK(r.exit_code == 1);  // BP001 is info, the default failure threshold
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["files"].size() == 2);
  CHECK(doc["files"][0]["path"] == "app/Dockerfile");
  CHECK(doc["files"][1]["path"] == "app/build.lua");
  CHECK(doc["files"][1]["kind"] == "luakit");
  REQUIRE(doc["findings"].size() == 1);
  CHECK(doc["findings"][0]["rule"] == "BP001");
  CHECK(doc["findings"][0]["line"] == 1);
  CHECK(doc["findings"][0]["column"] == 24);
}

TEST_CASE("--kind luakit reads other names and stdin as Luakit", "[cli][luakit]") {
  TempDir dir;
  dir.write("image.lua", "bk.export(bk.image(\"alpine\"))\n");
  auto named = run_dlint({"analyze", "--kind", "luakit", "--format", "json", "image.lua"}, dir.path());
  auto doc = nlohmann::json::parse(named.out);
  bool untagged = false;
  for (const auto& f : doc["findings"]) untagged = untagged || f["rule"] == "BP002";
  CHECK(untagged);
  CHECK(named.exit_code == 1);

  auto piped = run_dlint({"analyze", "--kind", "luakit", "--stdin-filename", "build.lua", "-"}, dir.path(),
                         "os.execute(\"rm -rf /\")\n");
  CHECK(piped.exit_code == 1);
  CHECK(piped.out.find("COR181") != std::string::npos);
  CHECK(piped.out.find("build.lua:1:1") != std::string::npos);
}

TEST_CASE("a Luakit syntax error is COR001 and the file says it was not evaluated", "[cli][luakit]") {
  TempDir dir;
  dir.write("build.lua", "local s = bk.image(\"alpine:3.19\"\nbk.export(s)\n");
  auto r = run_dlint({"analyze", "--format", "json", "build.lua"}, dir.path());
  CHECK(r.exit_code == 1);
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["findings"].size() == 1);
  CHECK(doc["findings"][0]["rule"] == "COR001");
  CHECK(doc["findings"][0]["line"] == 2);
  CHECK(doc["files"][0]["error"] == "the script has syntax errors, so it was not evaluated");
}
