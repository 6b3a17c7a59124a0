// action.yml: its inputs reach scripts/github-action.sh through the environment, which writes the SARIF
// log, prints annotations and records the step's outputs.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/external_tools.hpp"
#include "support/run_dlint.hpp"

namespace fs = std::filesystem;
using namespace dlint::testing;

TEST_CASE("the GitHub Action runs dlint on the corpus and writes SARIF and its outputs", "[cli][action]") {
  fs::path root(DLINT_SOURCE_DIR);
  YAML::Node action = YAML::LoadFile((root / "action.yml").string());
  CHECK(action["runs"]["using"].as<std::string>() == "composite");
  CHECK(action["outputs"]["sarif-file"]);
  bool runs_script = false;
  for (const auto& step : action["runs"]["steps"]) {
    if (step["run"] && step["run"].as<std::string>().find("scripts/github-action.sh") != std::string::npos) {
      runs_script = true;
      CHECK(step["env"]["DLINT_PATHS"].as<std::string>() == "${{ inputs.paths }}");
    }
  }
  CHECK(runs_script);

  TempDir dir;
  fs::path outputs = dir.path() / "github-output";
  fs::path sarif = dir.path() / "dlint.sarif";
  std::string out;
  int code = run_shell("cd " + shell_quote(root.string()) + " && GITHUB_OUTPUT=" + shell_quote(outputs.string()) +
                           " DLINT=" + shell_quote(DLINT_BINARY) + " DLINT_SARIF=" + shell_quote(sarif.string()) +
                           " DLINT_PATHS='corpus/rust-simple/Dockerfile corpus/nodejs-web' scripts/github-action.sh",
                       out);
  INFO(out);
  CHECK(code == 0);
  CHECK(out.find("::warning file=corpus/rust-simple/Dockerfile,line=2,col=6") != std::string::npos);
  CHECK(read_file(outputs) == "sarif-file=" + sarif.string() + "\nexit-code=0\n");
  auto log = nlohmann::json::parse(read_file(sarif));
  CHECK(log["version"] == "2.1.0");
  CHECK(!log["runs"][0]["results"].empty());

  int failing = run_shell("cd " + shell_quote(root.string()) + " && GITHUB_OUTPUT=" + shell_quote(outputs.string()) +
                              " DLINT=" + shell_quote(DLINT_BINARY) + " DLINT_SARIF=" + shell_quote(sarif.string()) +
                              " DLINT_THRESHOLD=warning DLINT_ANNOTATIONS=false DLINT_PATHS=corpus/rust-simple "
                              "scripts/github-action.sh",
                          out);
  CHECK(failing == 1);
  CHECK(out.find("::") == std::string::npos);
}
