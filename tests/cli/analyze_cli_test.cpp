// `dlint analyze` end to end: exit codes, JSON shape and positions, the terminal code frame, stdin,
// --output, config files and suppressions, directory walks.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_dlint.hpp"

using dlint::testing::run_dlint;
using dlint::testing::TempDir;

namespace {
// Clean under every rule: pinned base, non-root user, healthcheck, exec-form CMD.
const char* kClean =
    "FROM alpine:3.19\n"
    "USER nobody\n"
    "HEALTHCHECK CMD [\"true\"]\n"
    "CMD [\"sh\"]\n";
// Line 2 has a flag without its value; otherwise clean.
const char* kBroken =
    "FROM alpine:3.19\n"
    "COPY --chown app /src /dst\n"
    "USER nobody\n"
    "HEALTHCHECK NONE\n";
}  // namespace

TEST_CASE("a clean file exits 0 and says so", "[cli]") {
  TempDir dir;
  dir.write("Dockerfile", kClean);
  auto r = run_dlint({"analyze", "Dockerfile"}, dir.path());
  CHECK(r.exit_code == 0);
  CHECK(r.out == "no problems in 1 file\n");
}

TEST_CASE("findings at the threshold exit 1; JSON has exact positions", "[cli][json]") {
  TempDir dir;
  dir.write("Dockerfile", kBroken);
  auto r = run_dlint({"analyze", "--format", "json", "Dockerfile"}, dir.path());
  CHECK(r.exit_code == 1);
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["findings"].size() == 1);
  const auto& f = doc["findings"][0];
  CHECK(f["rule"] == "COR001");
  CHECK(f["name"] == "syntax-error");
  CHECK(f["severity"] == "error");
  CHECK(f["path"] == "Dockerfile");
  CHECK(f["line"] == 2);
  CHECK(f["column"] == 6);
  CHECK(f["end_line"] == 2);
  CHECK(f["end_column"] == 13);
  CHECK(f["aliases"].is_array());
  CHECK(f["fixable"] == false);
  REQUIRE(doc["files"].size() == 1);
  CHECK(doc["files"][0]["path"] == "Dockerfile");
  CHECK(doc["files"][0]["kind"] == "dockerfile");
  CHECK(doc["files"][0].contains("error"));
  CHECK(doc["summary"]["errors"] == 1);

  auto lenient = run_dlint({"analyze", "--failure-threshold", "none", "Dockerfile"}, dir.path());
  CHECK(lenient.exit_code == 0);
}

TEST_CASE("the terminal report has a code frame and a summary", "[cli][tty]") {
  TempDir dir;
  dir.write("Dockerfile", kBroken);
  auto r = run_dlint({"analyze", "--no-color", "Dockerfile"}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(r.out ==
        "Dockerfile:2:6  error  COR001  --chown needs a value: --chown=<value>  (syntax-error)\n"
        "  |\n"
        " 2 | COPY --chown app /src /dst\n"
        "  |      ^~~~~~~\n"
        "1 problem (1 error) in 1 file\n");
}

TEST_CASE("a missing file is an input error (exit 2) and the other files are still analyzed", "[cli]") {
  TempDir dir;
  dir.write("Dockerfile", kBroken);
  auto r = run_dlint({"analyze", "--format", "json", "nope/Dockerfile", "Dockerfile"}, dir.path());
  CHECK(r.exit_code == 2);
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["files"].size() == 2);
  CHECK(doc["files"][0]["path"] == "nope/Dockerfile");
  CHECK(doc["files"][0]["error"] == "no such file or directory");
  CHECK(doc["findings"].size() == 1);
  CHECK(doc["findings"][0]["path"] == "Dockerfile");
}

TEST_CASE("stdin is read with -, named by --stdin-filename", "[cli]") {
  TempDir dir;
  auto r = run_dlint({"analyze", "-", "--stdin-filename", "app/Dockerfile", "--format", "json"}, dir.path(), kBroken);
  CHECK(r.exit_code == 1);
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["findings"].size() == 1);
  CHECK(doc["findings"][0]["path"] == "app/Dockerfile");
}

TEST_CASE("--output writes the report to a file and nothing to stdout", "[cli]") {
  TempDir dir;
  dir.write("Dockerfile", kBroken);
  auto r = run_dlint({"analyze", "--format", "json", "--output", "report.json", "Dockerfile"}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  auto doc = nlohmann::json::parse(dlint::testing::read_file(dir.path() / "report.json"));
  CHECK(doc["findings"].size() == 1);
}

TEST_CASE("directories are walked in order, honoring .gitignore", "[cli][discovery]") {
  TempDir dir;
  dir.write("b/Dockerfile", kBroken);
  dir.write("a/app.Dockerfile", kBroken);
  dir.write("vendor/Dockerfile", kBroken);
  dir.write("a/readme.txt", "not a Dockerfile");
  dir.write(".gitignore", "vendor/\n");
  auto r = run_dlint({"analyze", "--format", "json", "."}, dir.path());
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["files"].size() == 2);
  CHECK(doc["files"][0]["path"] == "a/app.Dockerfile");
  CHECK(doc["files"][1]["path"] == "b/Dockerfile");
}

TEST_CASE("a .dlint.yaml switches rules and thresholds; a bad one is exit 2 with its position", "[cli][config]") {
  TempDir dir;
  dir.write("Dockerfile", kBroken);
  dir.write(".dlint.yaml", "rules:\n  syntax-error: warning\nfailure-threshold: error\n");
  auto r = run_dlint({"analyze", "--format", "json", "Dockerfile"}, dir.path());
  CHECK(r.exit_code == 0);
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["findings"].size() == 1);
  CHECK(doc["findings"][0]["severity"] == "warning");

  dir.write(".dlint.yaml", "rules:\n  COR001: off\n  NOPE123: off\n");
  auto bad = run_dlint({"analyze", "Dockerfile"}, dir.path());
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.find(".dlint.yaml:3:3: unknown rule 'NOPE123'") != std::string::npos);
}

TEST_CASE("a .hadolint.yaml is honored when there is no .dlint.yaml", "[cli][config]") {
  TempDir dir;
  dir.write("Dockerfile", kBroken);
  dir.write(".hadolint.yaml", "no-fail: true\n");
  CHECK(run_dlint({"analyze", "Dockerfile"}, dir.path()).exit_code == 0);
  dir.write(".dlint.yaml", "failure-threshold: error\n");
  CHECK(run_dlint({"analyze", "Dockerfile"}, dir.path()).exit_code == 1);
}

TEST_CASE("inline suppressions silence the next instruction or the file", "[cli][suppression]") {
  TempDir dir;
  dir.write("Dockerfile",
            "FROM alpine:3.19\n# dlint ignore=syntax-error\nCOPY --chown app \\\n  /src /dst\nCOPY --chmod x y\n"
            "USER nobody\nHEALTHCHECK NONE\n");
  auto r = run_dlint({"analyze", "--format", "json", "Dockerfile"}, dir.path());
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["findings"].size() == 1);
  CHECK(doc["findings"][0]["line"] == 5);

  dir.write(
      "Dockerfile",
      "# hadolint global ignore=COR001\nFROM alpine:3.19\nCOPY --chown app /a /b\nUSER nobody\nHEALTHCHECK NONE\n");
  CHECK(run_dlint({"analyze", "Dockerfile"}, dir.path()).exit_code == 0);
}

TEST_CASE("explain finds rules by id, name or alias and suggests on a typo", "[cli][explain]") {
  TempDir dir;
  auto ok = run_dlint({"explain", "syntax-error"}, dir.path());
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.rfind("COR001  syntax-error\n", 0) == 0);
  auto typo = run_dlint({"explain", "COR00l"}, dir.path());
  CHECK(typo.exit_code == 2);
  CHECK(typo.err.find("did you mean COR001?") != std::string::npos);
  auto usage = run_dlint({"analyze"}, dir.path());
  CHECK(usage.exit_code == 2);
}

TEST_CASE("rules --format json lists every rule with its metadata", "[cli][rules]") {
  TempDir dir;
  auto r = run_dlint({"rules", "--format", "json"}, dir.path());
  CHECK(r.exit_code == 0);
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc.is_array());
  bool found = false;
  for (const auto& rule : doc) {
    CHECK(rule.contains("aliases"));
    if (rule["id"] == "COR001") found = true;
  }
  CHECK(found);
}

TEST_CASE("--compose-file merges one project's files in order, as docker compose -f does", "[cli][compose]") {
  TempDir dir;
  dir.write("compose.yaml", "services:\n  web:\n    image: web:1.0\n");
  dir.write("compose.override.yaml", "services:\n  web:\n    network_mode: host\n");
  dir.write("deploy/prod.yaml", "services:\n  web:\n    privileged: true\n");
  auto r =
      run_dlint({"analyze", "--format", "json", "--compose-file", "compose.yaml", "--compose-file", "deploy/prod.yaml"},
                dir.path());
  CHECK(r.exit_code == 1);
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["files"].size() == 1);
  CHECK(doc["files"][0]["path"] == "compose.yaml");
  bool privileged = false;
  for (const auto& f : doc["findings"]) {
    // The standard override file is not read when the files are given, as with `docker compose -f`.
    CHECK(f["rule"] != "SEC103");
    if (f["rule"] == "SEC100") {
      privileged = true;
      CHECK(f["path"] == "deploy/prod.yaml");
      CHECK(f["line"] == 3);
    }
  }
  CHECK(privileged);

  auto missing = run_dlint({"analyze", "--compose-file", "compose.yaml", "--compose-file", "nope.yaml"}, dir.path());
  CHECK(missing.exit_code == 2);
  CHECK(missing.out.find("nope.yaml: no such compose file") != std::string::npos);

  auto nothing = run_dlint({"analyze"}, dir.path());
  CHECK(nothing.exit_code == 2);
  CHECK(nothing.err.find("nothing to analyze") != std::string::npos);
}
