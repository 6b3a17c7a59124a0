// A compose file analyzed as one application: its own findings, the findings of the Dockerfiles its
// services build (in those files, naming the services), override-file findings in the override file,
// suppression comments; and the CLI's JSON report for all of it.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <random>

#include "engine/analyze_source.hpp"
#include "engine/rule.hpp"
#include "source/file_system.hpp"
#include "support/run_dlint.hpp"

using namespace dlint;

namespace {

std::vector<Finding> analyze(MemoryFileSystem& fs, const std::string& path) {
  auto text = fs.read(path, 1 << 20);
  REQUIRE(text);
  SourceFile file(3, path, *text);
  return analyze_source(file, InputKind::Compose, Config{}, {.fs = &fs});
}

const Finding* find(const std::vector<Finding>& findings, std::string_view rule) {
  for (const auto& f : findings) {
    if (f.rule->id == rule) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a service's Dockerfile findings are reported in the Dockerfile, naming the services", "[compose][engine]") {
  MemoryFileSystem fs;
  fs.add_file("app/docker-compose.yml",
              "services:\n  a:\n    build: .\n  b:\n    build: .\n  c:\n    build: .\n    user: \"1000\"\n");
  fs.add_file("app/Dockerfile", "FROM alpine:3.20\nRUN apk add curl\n");
  auto findings = analyze(fs, "app/docker-compose.yml");
  const Finding* apk = find(findings, "SIZE002");
  REQUIRE(apk);
  REQUIRE(apk->file);
  CHECK(apk->file->path() == "app/Dockerfile");
  CHECK(apk->span.start.line == 2);
  CHECK(apk->message.rfind("services a, b, c: ", 0) == 0);
  // Analyzed once for the three services, not three times.
  CHECK(std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return f.rule->id == "SIZE002"; }) == 1);
  // Service c runs as user 1000, which replaces the image's missing USER.
  const Finding* root = find(findings, "SEC001");
  REQUIRE(root);
  CHECK(root->message.rfind("services a, b: ", 0) == 0);
}

TEST_CASE("a target selects the final stage of the service's Dockerfile", "[compose][engine]") {
  MemoryFileSystem fs;
  fs.add_file(
      "app/compose.yaml",
      "services:\n  prod:\n    build:\n      context: .\n      target: prod\n  dev:\n    build:\n      context: "
      ".\n      target: dev\n");
  fs.add_file("app/Dockerfile", "FROM alpine:3.20 AS prod\nUSER app\nFROM alpine:3.20 AS dev\n");
  auto findings = analyze(fs, "app/compose.yaml");
  const Finding* root = find(findings, "SEC001");
  REQUIRE(root);
  CHECK(root->message.rfind("service dev: ", 0) == 0);
}

TEST_CASE("findings on values written in the override file are in that file", "[compose][engine]") {
  MemoryFileSystem fs;
  fs.add_file("app/compose.yaml", "services:\n  web:\n    image: web:1.2\n");
  fs.add_file("app/compose.override.yaml", "services:\n  web:\n    privileged: true\n");
  auto findings = analyze(fs, "app/compose.yaml");
  const Finding* priv = find(findings, "SEC100");
  REQUIRE(priv);
  REQUIRE(priv->file);
  CHECK(priv->file->path() == "app/compose.override.yaml");
  CHECK(priv->span.start.line == 3);
  CHECK(priv->span.start.column == 17);
}

TEST_CASE("suppression comments in a compose file", "[compose][engine]") {
  MemoryFileSystem fs;
  fs.add_file(
      "app/compose.yaml",
      "# dlint ignore-file=no-resource-limits\nservices:\n  web:\n    image: web:1.2\n    # dlint ignore=SEC100\n"
      "    privileged: true\n    user: root  # dlint ignore=service-runs-as-root\n");
  auto findings = analyze(fs, "app/compose.yaml");
  CHECK_FALSE(find(findings, "SEC100"));
  CHECK_FALSE(find(findings, "SEC107"));
  CHECK_FALSE(find(findings, "BP105"));
  CHECK(find(findings, "SEC104"));
}

TEST_CASE("dlint analyze reports a compose project as JSON with exact positions", "[compose][cli][json]") {
  testing::TempDir dir;
  dir.write(
      "docker-compose.yml",
      "services:\n  web:\n    build: .\n    environment:\n      API_TOKEN: ghp_abcdefghijklmnopqrstuvwxyz0123456789\n");
  dir.write("Dockerfile", "FROM alpine:3.20\nRUN apk add curl\n");
  auto result = testing::run_dlint({"analyze", "--format", "json", "docker-compose.yml"}, dir.path());
  CHECK(result.exit_code == 1);
  auto doc = nlohmann::json::parse(result.out);
  CHECK(doc["files"][0]["kind"] == "compose");
  bool secret = false, dockerfile = false;
  for (const auto& f : doc["findings"]) {
    if (f["rule"] == "SEC109") {
      secret = true;
      CHECK(f["line"] == 5);
      CHECK(f["column"] == 18);
      CHECK(f["path"] == "docker-compose.yml");
    }
    if (f["rule"] == "SIZE002") {
      dockerfile = true;
      CHECK(f["path"] == "Dockerfile");
      CHECK(f["line"] == 2);
    }
  }
  CHECK(secret);
  CHECK(dockerfile);
  CHECK(result.out.find("ghp_abcdefghijklmnopqrstuvwxyz0123456789") == std::string::npos);
  auto tty = testing::run_dlint({"analyze", "--no-color", "docker-compose.yml"}, dir.path());
  CHECK(tty.out.find("Dockerfile:2:") != std::string::npos);
  CHECK(tty.out.find("ghp_abcdefghijklmnopqrstuvwxyz0123456789") == std::string::npos);
}

TEST_CASE("walking a directory reports a Dockerfile's findings once, in its own report", "[compose][cli][json]") {
  testing::TempDir dir;
  dir.write(
      "docker-compose.yml",
      "services:\n  web:\n    build:\n      context: .\n      target: dev\n    image: web:1\n    pull_policy: build\n");
  dir.write("Dockerfile", "FROM alpine AS dev\nRUN apk add curl\nFROM alpine:3.20 AS prod\nUSER app\n");
  auto result = testing::run_dlint({"analyze", "--format", "json", "--failure-threshold", "none", "."}, dir.path());
  REQUIRE(result.exit_code == 0);
  auto doc = nlohmann::json::parse(result.out);
  REQUIRE(doc["files"].size() == 2);
  int untagged = 0, apk = 0, root = 0;
  for (const auto& f : doc["findings"]) {
    // In both the Dockerfile's own report and the service's build: reported once, by the Dockerfile.
    if (f["rule"] == "BP002") ++untagged;
    // Only the service's target `dev` is the final image: reported through the compose file.
    if (f["rule"] == "SIZE002") {
      ++apk;
      CHECK(f["message"].get<std::string>().rfind("service web: ", 0) == 0);
    }
    if (f["rule"] == "SEC001") ++root;
  }
  CHECK(untagged == 1);
  CHECK(apk == 1);
  CHECK(root == 1);
}

TEST_CASE("mangled compose files never crash the analysis", "[compose][engine]") {
  const std::string seed =
      "version: '3.8'\nx-base: &base\n  restart: always\n  environment:\n    - A=${A:-1}\nservices:\n  web:\n    <<: "
      "*base\n    build:\n      context: .\n      target: dev\n    ports: [\"127.0.0.1:80:80\", {target: 443}]\n    "
      "depends_on:\n      db: {condition: service_healthy}\n    extends: db\n  db:\n    image: postgres:16\n    "
      "volumes:\n      - /var/run/docker.sock:/s\n    secrets: [pw]\nsecrets:\n  pw:\n    file: pw.txt\n";
  MemoryFileSystem fs;
  fs.add_file("app/Dockerfile", "FROM alpine:3.20 AS dev\nRUN apk add curl\n");
  fs.add_file("app/compose.override.yaml", "services:\n  web:\n    ports: !reset []\n");
  std::mt19937 rng(11);
  const std::string noise = ":-[]{}&*!|>'\"#$ \n\t<";
  for (int round = 0; round < 400; ++round) {
    std::string text = seed;
    for (int edits = 1 + static_cast<int>(rng() % 4); edits > 0 && !text.empty(); --edits) {
      std::size_t at = rng() % text.size();
      if (rng() % 2) {
        text.erase(at, 1 + rng() % 6);
      } else {
        text.insert(at, 1, noise[rng() % noise.size()]);
      }
    }
    fs.add_file("app/compose.yaml", text);
    SourceFile file(0, "app/compose.yaml", text);
    auto findings = analyze_source(file, InputKind::Compose, Config{}, {.fs = &fs});
    for (const auto& f : findings) {
      const SourceFile& in = f.file ? *f.file : file;
      CHECK(f.span.end <= in.text().size());
    }
  }
}

TEST_CASE("a compose suppression comment in a service silences that service's Dockerfile findings",
          "[compose][engine][suppression]") {
  MemoryFileSystem fs;
  fs.add_file("app/compose.yaml",
              "services:\n  a:\n    # dlint ignore=SEC001\n    build: .\n  b:\n    build:\n      context: .\n"
              "      # dlint ignore=SIZE002\n      dockerfile: Dockerfile\n  c:\n    build: .\n");
  fs.add_file("app/Dockerfile", "FROM alpine:3.20\nRUN apk add curl\n");
  auto findings = analyze(fs, "app/compose.yaml");
  const Finding* root = find(findings, "SEC001");
  REQUIRE(root);
  CHECK(root->message.rfind("services b, c: ", 0) == 0);
  const Finding* apk = find(findings, "SIZE002");
  REQUIRE(apk);
  CHECK(apk->message.rfind("services a, c: ", 0) == 0);

  // A comment elsewhere in the file, or for another rule, does not reach the Dockerfile.
  fs.add_file("app/compose.yaml", "# dlint ignore=SEC001\nservices:\n  a:\n    build: .\n");
  CHECK(find(analyze(fs, "app/compose.yaml"), "SEC001") != nullptr);
  // A file-wide comment does.
  fs.add_file("app/compose.yaml", "# dlint ignore-file=SEC001\nservices:\n  a:\n    build: .\n");
  CHECK(find(analyze(fs, "app/compose.yaml"), "SEC001") == nullptr);
}
