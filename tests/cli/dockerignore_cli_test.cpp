// `dlint analyze` on .dockerignore files and on Dockerfiles with a build context on disk.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_dlint.hpp"

using dlint::testing::run_dlint;
using dlint::testing::TempDir;

TEST_CASE("a .dockerignore named on the command line is analyzed against its directory", "[cli][dockerignore]") {
  TempDir dir;
  dir.write(".dockerignore", "node_modules\n[oops\n");
  dir.write(".env", "TOKEN=test\n");
  auto r = run_dlint({"analyze", "--format", "json", ".dockerignore"}, dir.path());
  CHECK(r.exit_code == 1);
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["files"].size() == 1);
  CHECK(doc["files"][0]["kind"] == "dockerignore");
  REQUIRE(doc["findings"].size() == 2);
  CHECK(doc["findings"][0]["rule"] == "COR141");
  CHECK(doc["findings"][0]["line"] == 2);
  CHECK(doc["findings"][1]["rule"] == "SEC142");
  CHECK(doc["findings"][1]["line"] == 2);
  CHECK(doc["findings"][1]["column"] == 6);
}

TEST_CASE("a .dockerignore on stdin gets only the checks of its own text", "[cli][dockerignore]") {
  TempDir dir;
  dir.write(".env", "TOKEN=test\n");
  auto r = run_dlint({"analyze", "--kind", "dockerignore", "--format", "json", "-"}, dir.path(), "[oops\n");
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["findings"].size() == 1);
  CHECK(doc["findings"][0]["rule"] == "COR141");
}

TEST_CASE("a directory walk picks up .dockerignore files; a Dockerfile sees its context", "[cli][dockerignore]") {
  TempDir dir;
  dir.write("app/Dockerfile", "FROM alpine:3.19\nUSER nobody\nHEALTHCHECK NONE\nCOPY . /srv\n");
  dir.write("app/.dockerignore", ".git\n");
  dir.write("app/deploy/id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\n");
  auto r = run_dlint({"analyze", "--format", "json", "."}, dir.path());
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["files"].size() == 2);
  CHECK(doc["files"][0]["path"] == "app/.dockerignore");
  CHECK(doc["files"][1]["path"] == "app/Dockerfile");
  std::vector<std::string> rules;
  for (const auto& f : doc["findings"]) rules.push_back(f["rule"]);
  CHECK(std::find(rules.begin(), rules.end(), "SEC140") != rules.end());
  CHECK(std::find(rules.begin(), rules.end(), "SEC142") != rules.end());
}
