// The verdicts as `dlint analyze` shows them: the compose summary in the terminal report, verdicts[] in
// JSON, nothing in the other formats.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_dlint.hpp"

using dlint::testing::run_dlint;

TEST_CASE("the terminal report ends with the migration summary of a compose file", "[portability][cli][tty]") {
  auto r = run_dlint(
      {"analyze", "--no-color", "--failure-threshold", "none", "corpus/compose-web-postgres/docker-compose.yml"},
      DLINT_SOURCE_DIR);
  CHECK(r.exit_code == 0);
  std::string block =
      "corpus/compose-web-postgres/docker-compose.yml: services:\n"
      "  OK   web -> WASI component (can migrate)  [javascript, jco (ComponentizeJS)]\n"
      "  WARN db  -> Docker bridge (stateful, keep Docker)\n"
      "  Recommendation: Hybrid mode (1 WASI + 1 Docker)\n"
      "  Estimated startup: 5s (Docker) + 10ms (WASI)\n";
  CHECK(r.out.find(block) != std::string::npos);
  CHECK(r.out.find("  Estimated size: ") != std::string::npos);
  // The block comes after every finding, just before the summary line.
  CHECK(r.out.find("problems (") > r.out.find(block));
}

TEST_CASE("a blocked compose service lists its reasons with their lines", "[portability][cli][tty]") {
  dlint::testing::TempDir dir;
  dir.write("docker-compose.yml", "services:\n  agent:\n    build: .\n    network_mode: host\n");
  dir.write("Dockerfile", "FROM golang:1.22\nRUN go build -o /app .\nCMD [\"/app\"]\n");
  auto r = run_dlint({"analyze", "--no-color", "--failure-threshold", "none", "docker-compose.yml"}, dir.path());
  CHECK(r.out.find("  FAIL agent -> blocked (host-namespace)  [go, TinyGo (wasip2)]\n"
                   "        docker-compose.yml:4  network_mode: host: WASI components get sockets, not the host's "
                   "network\n"
                   "  Recommendation: Stay on Docker (1 Docker)\n") != std::string::npos);
}

TEST_CASE("JSON carries verdicts[]; other formats do not change", "[portability][cli][json]") {
  auto r = run_dlint(
      {"analyze", "--format", "json", "--failure-threshold", "none", "corpus/wasm-compose/docker-compose.yml"},
      DLINT_SOURCE_DIR);
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["verdicts"].size() == 1);
  const auto& v = doc["verdicts"][0];
  CHECK(v["name"] == "server");
  CHECK(v["kind"] == "service");
  CHECK(v["path"] == "corpus/wasm-compose/docker-compose.yml");
  CHECK(v["line"] == 2);
  CHECK(v["verdict"] == "wasi");
  CHECK(v["language"] == "rust");
  CHECK(v["reasons"].empty());
  CHECK(v["size_estimate"]["high_bytes"] == 5000000);
  auto gnu =
      run_dlint({"analyze", "--format", "gnu", "--failure-threshold", "none", "corpus/wasm-compose/docker-compose.yml"},
                DLINT_SOURCE_DIR);
  CHECK(gnu.out.find("WASI") == std::string::npos);
}
