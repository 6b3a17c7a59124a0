// Golden tests of every output format over all of corpus/: the report of one run over every example
// must equal tests/golden/formats/corpus.<format> (scripts/update-golden.sh rewrites them). The SARIF
// log names the checkout in file:// URIs; that prefix is replaced by file:///SRCROOT/.
#include <catch2/catch.hpp>
#include <filesystem>

#include "reporters/reporter.hpp"
#include "support/external_tools.hpp"
#include "support/run_dlint.hpp"

namespace fs = std::filesystem;

namespace {

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

}  // namespace

TEST_CASE("every output format's report of the corpus matches its golden file", "[golden][formats]") {
  fs::path root(DLINT_SOURCE_DIR);
  std::vector<std::string> args{"analyze", "--failure-threshold", "none", "--no-color", "--format", ""};
  std::vector<std::string> examples;
  for (const auto& entry : fs::directory_iterator(root / "corpus")) {
    if (entry.is_directory() && fs::exists(entry.path() / "Dockerfile")) {
      examples.push_back("corpus/" + entry.path().filename().string() + "/Dockerfile");
    }
  }
  std::sort(examples.begin(), examples.end());
  REQUIRE(examples.size() >= 7);
  args.insert(args.end(), examples.begin(), examples.end());

  REQUIRE(dlint::reporters::formats().size() >= 9);
  for (const auto& format : dlint::reporters::formats()) {
    std::string name(format.name);
    fs::path golden = root / "tests" / "golden" / "formats" / ("corpus." + name);
    INFO("format " << name << ": " << golden.string() << " (run scripts/update-golden.sh if the change is intended)");
    REQUIRE(fs::exists(golden));
    args[5] = name;
    auto result = dlint::testing::run_dlint(args, root);
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    std::string out = replace_all(result.out, "file://" + fs::canonical(root).string() + "/", "file:///SRCROOT/");
    CHECK(out == dlint::testing::read_file(golden));
  }
}

TEST_CASE("the JSON report follows its documented schema", "[golden][formats][external]") {
  using namespace dlint::testing;
  if (!require_tool(have_python_jsonschema(), "python3-jsonschema", "apt-get install python3-jsonschema")) return;
  fs::path root(DLINT_SOURCE_DIR);
  TempDir dir;
  dir.write("broken/Dockerfile", "FROM alpine:3.19\nCOPY --chown app /a /b\n");
  auto r =
      run_dlint({"analyze", "--format", "json", "--output", "report.json", "broken/Dockerfile", "missing/Dockerfile"},
                dir.path());
  CHECK(r.exit_code == 2);
  dir.write("bad.json", R"({"version": "0", "findings": [{"rule": "X"}], "files": [], "summary": {}})");
  std::string script =
      "import json, sys, jsonschema\n"
      "schema = json.load(open(sys.argv[1]))\n"
      "for path in sys.argv[2:]:\n"
      "    jsonschema.validate(json.load(open(path)), schema)\n";
  dir.write("validate.py", script);
  auto validate = [&](const std::vector<fs::path>& files) {
    std::string command = "python3 " + shell_quote((dir.path() / "validate.py").string()) + " " +
                          shell_quote((root / "docs/formats/dlint-report.schema.json").string());
    for (const auto& f : files) command.append(" ").append(shell_quote(f.string()));
    std::string output;
    int status = run_shell(command, output);
    INFO(output);
    return status;
  };
  CHECK(validate({root / "tests/golden/formats/corpus.json", dir.path() / "report.json"}) == 0);
  CHECK(validate({dir.path() / "bad.json"}) != 0);
}
