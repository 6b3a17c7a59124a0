// Golden tests: dlint's JSON output on each of the project's own examples must equal the reviewed golden
// beside it: the folder's compose file when it has one (the Dockerfiles it builds are analyzed through it),
// else its Dockerfile, else its run.toml -> expected.json, and a Luakit port (corpus/*/build.lua) ->
// expected.build.lua.json. scripts/update-golden.sh rewrites them after an intended change.
#include <catch2/catch.hpp>
#include <filesystem>

#include "support/run_dlint.hpp"

namespace fs = std::filesystem;

// The input a corpus folder demonstrates: its compose file when it has one (the Dockerfiles it builds are
// analyzed through it), else its Dockerfile, else its run.toml. scripts/update-golden.sh picks the same file.
static std::string input_of(const fs::path& folder) {
  for (const char* name :
       {"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml", "Dockerfile", "run.toml"}) {
    if (fs::exists(folder / name)) return name;
  }
  return "";
}

namespace {

void check_golden(const fs::path& root, const fs::path& example, const std::string& input, const std::string& golden) {
  std::string relative = "corpus/" + example.filename().string() + "/" + input;
  INFO(relative << " (run scripts/update-golden.sh if the change is intended)");
  REQUIRE(fs::exists(example / golden));
  auto result =
      dlint::testing::run_dlint({"analyze", "--format", "json", "--failure-threshold", "none", relative}, root);
  CHECK(result.exit_code == 0);
  CHECK(result.out == dlint::testing::read_file(example / golden));
}

}  // namespace

TEST_CASE("every corpus example produces its expected output", "[golden]") {
  fs::path root(DLINT_SOURCE_DIR);
  std::vector<fs::path> examples;
  for (const auto& entry : fs::directory_iterator(root / "corpus")) {
    if (entry.is_directory() && !input_of(entry.path()).empty()) examples.push_back(entry.path());
  }
  std::sort(examples.begin(), examples.end());
  REQUIRE(examples.size() >= 10);
  std::size_t luakit = 0;
  for (const auto& example : examples) {
    check_golden(root, example, input_of(example), "expected.json");
    if (fs::exists(example / "build.lua")) {
      check_golden(root, example, "build.lua", "expected.build.lua.json");
      ++luakit;
    }
  }
  CHECK(luakit >= 3);  // the Luakit ports of nodejs-web, go-microservice and python-data-science
  CHECK(std::count_if(examples.begin(), examples.end(), [](const fs::path& p) { return input_of(p) == "run.toml"; }) >=
        2);  // both dialects
}
