// The SARIF of every corpus example (and of inputs that exercise fixes, suppressions, non-ASCII lines,
// syntax errors and unreadable files) passes Microsoft's SARIF validator with GitHub's rules and the
// SARIF 2.1.0 JSON schema: zero errors, zero warnings. Each validator is first shown a broken log, so a
// validator that accepts everything cannot make this test pass.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "support/external_tools.hpp"
#include "support/run_dlint.hpp"

namespace fs = std::filesystem;
using namespace dlint::testing;

namespace {

// Writes the SARIF logs to validate into `out` and returns their paths.
std::vector<fs::path> produce_logs(const fs::path& out) {
  fs::path root(DLINT_SOURCE_DIR);
  std::vector<fs::path> logs;
  std::vector<fs::path> examples;
  for (const auto& entry : fs::directory_iterator(root / "corpus")) {
    if (entry.is_directory() && fs::exists(entry.path() / "Dockerfile")) examples.push_back(entry.path());
  }
  std::sort(examples.begin(), examples.end());
  REQUIRE(examples.size() >= 7);
  for (const auto& example : examples) {
    fs::path log = out / (example.filename().string() + ".sarif");
    auto r = run_dlint({"analyze", "--format", "sarif", "--failure-threshold", "none", "--output", log.string(),
                        "corpus/" + example.filename().string() + "/Dockerfile"},
                       root);
    REQUIRE(r.exit_code == 0);
    logs.push_back(log);
  }

  TempDir dir;
  dir.write("unicode/Dockerfile",
            "FROM node:latest\nLABEL description=\"caf\xC3\xA9 \xF0\x9F\x90\xB3\"\nMAINTAINER "
            "J\xC3\xBCrgen \xF0\x9F\x90\xB3 <j@example.com>\nRUN pip install flask\n");
  dir.write("suppressed/Dockerfile",
            "FROM python:3.12\n# dlint ignore=pip-without-no-cache-dir\nRUN pip install flask\n");
  dir.write("broken/Dockerfile", "FROM alpine:3.19\nCOPY --chown app /src /dst\n");
  fs::path mixed = out / "mixed.sarif";
  auto r = run_dlint(
      {"analyze", "--format", "sarif", "--include-suppressed", "--failure-threshold", "none", "--output",
       mixed.string(), "unicode/Dockerfile", "suppressed/Dockerfile", "broken/Dockerfile", "missing/Dockerfile"},
      dir.path());
  REQUIRE(r.exit_code == 2);  // the missing file
  logs.push_back(mixed);
  return logs;
}

}  // namespace

TEST_CASE("SARIF logs pass the SARIF multitool with GitHub's rules and the JSON schema", "[sarif][external]") {
  auto multitool = sarif_multitool();
  auto schema = sarif_schema();
  if (!require_tool(multitool && schema, "the SARIF multitool", "run scripts/install-test-tools.sh")) return;
  if (!require_tool(have_python_jsonschema(), "python3-jsonschema", "apt-get install python3-jsonschema")) return;

  TempDir work;
  std::vector<fs::path> logs = produce_logs(work.path());

  // A log GitHub would reject: no driver name, a result without a message, and a level no one knows.
  fs::path broken = work.path() / "broken.sarif";
  {
    auto doc = nlohmann::json::parse(read_file(logs.back()));
    doc["runs"][0]["tool"]["driver"].erase("name");
    doc["runs"][0]["results"][0].erase("message");
    doc["runs"][0]["results"][1]["level"] = "bogus";
    std::ofstream(broken) << doc.dump(2);
  }

  // The multitool: one process for every log (it takes about a second to start).
  std::string command = shell_quote(*multitool) + " validate";
  for (const auto& log : logs) command.append(" ").append(shell_quote(log.string()));
  command.append(" ").append(shell_quote(broken.string()));
  fs::path report = work.path() / "validation.sarif";
  command += " -o " + shell_quote(report.string()) +
             " --log ForceOverwrite --level \"Error;Warning;Note\" --rule-kind \"Sarif;Ghas\"";
  std::string output;
  run_shell(command, output);  // exits 0 even when it finds errors: the report is what counts
  INFO(output);
  REQUIRE(fs::exists(report));
  std::string text = read_file(report);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  auto validation = nlohmann::json::parse(text);
  std::map<std::string, int> problems;  // log file name -> errors and warnings
  for (const auto& result : validation["runs"][0]["results"]) {
    std::string level = result.value("level", "warning");
    if (level != "error" && level != "warning") continue;
    std::string uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    std::string name = fs::path(uri).filename().string();
    INFO(name << ": " << result["ruleId"] << " " << result["message"].dump());
    CHECK(name == "broken.sarif");
    ++problems[name];
  }
  CHECK(problems["broken.sarif"] > 0);

  // The JSON schema, which checks the enums the multitool does not.
  fs::path script = work.path() / "validate.py";
  std::ofstream(script) << "import json, sys\n"
                           "import jsonschema\n"
                           "schema = json.load(open(sys.argv[1], encoding='utf-8-sig'))\n"
                           "validator = jsonschema.validators.validator_for(schema)(schema)\n"
                           "bad = 0\n"
                           "for path in sys.argv[2:]:\n"
                           "    for error in validator.iter_errors(json.load(open(path, encoding='utf-8'))):\n"
                           "        bad += 1\n"
                           "        print(path, '/'.join(str(p) for p in error.absolute_path), error.message[:200])\n"
                           "sys.exit(1 if bad else 0)\n";
  std::string files;
  for (const auto& log : logs) files.append(" ").append(shell_quote(log.string()));
  std::string schema_output;
  int status = run_shell("python3 " + shell_quote(script.string()) + " " + shell_quote(*schema) + files, schema_output);
  INFO(schema_output);
  CHECK(status == 0);
  std::string broken_output;
  CHECK(run_shell(
            "python3 " + shell_quote(script.string()) + " " + shell_quote(*schema) + " " + shell_quote(broken.string()),
            broken_output) == 1);
  CHECK(broken_output.find("bogus") != std::string::npos);
}
