// A run.toml analyzed through the engine: its rules run with the Application and the project, the files
// it names are looked up on the file system, and `# dlint ignore=` comments (TOML comments) apply.
#include <catch2/catch.hpp>

#include "engine/analyze_source.hpp"
#include "engine/fix_source.hpp"
#include "engine/rule.hpp"
#include "source/file_system.hpp"

using namespace dlint;

namespace {

std::vector<Finding> analyze(const std::string& text, const FileSystem* fs = nullptr) {
  SourceFile file(1, "app/run.toml", text);
  return analyze_source(file, InputKind::RunToml, Config{}, {.fs = fs});
}

std::vector<std::string> ids(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.emplace_back(f.rule->id);
  return out;
}

}  // namespace

TEST_CASE("run.toml is an analyzed input kind", "[runtoml][engine]") {
  CHECK(is_analyzed_kind(InputKind::RunToml));
}

TEST_CASE("run.toml findings through the engine", "[runtoml][engine]") {
  MemoryFileSystem fs;
  fs.add_file("app/src/main.go", "package main\n");
  auto findings = analyze("[components.web]\nsource = \"src/main.go\"\nlanguage = \"rust\"\nwit = \"x\"\n", &fs);
  CHECK(ids(findings) == std::vector<std::string>{"COR210", "COR201"});
}

TEST_CASE("run.toml suppression comments", "[runtoml][engine]") {
  const std::string base = "[components.web]\ncapabilities = [\"all\"]\n";
  REQUIRE(ids(analyze(base)) == std::vector<std::string>{"SEC209"});
  SECTION("on the line before") {
    CHECK(analyze("[components.web]\n# dlint ignore=SEC209\ncapabilities = [\"all\"]\n").empty());
  }
  SECTION("after the value, by name") {
    CHECK(analyze("[components.web]\ncapabilities = [\"all\"]  # dlint ignore=run-toml-broad-capability\n").empty());
  }
  SECTION("the whole file") {
    CHECK(analyze("# dlint ignore-file=SEC209\n" + base).empty());
  }
  SECTION("a # inside a string is not a comment") {
    CHECK(ids(analyze("[components.web]\ncapabilities = [\"all\", \"x # dlint ignore=SEC209\"]\n")) ==
          std::vector<std::string>{"SEC209"});
  }
  SECTION("another rule's id does not silence it") {
    CHECK(ids(analyze("[components.web]\n# dlint ignore=COR201\ncapabilities = [\"all\"]\n")) ==
          std::vector<std::string>{"SEC209"});
  }
}

TEST_CASE("a run.toml syntax error is one finding and other files are still analyzed", "[runtoml][engine]") {
  auto bad = analyze("[components.web\ncapabilities = [\"all\"]\n");
  REQUIRE(ids(bad) == std::vector<std::string>{"COR200"});
  CHECK(bad[0].span.start.line == 1);
  CHECK(bad[0].span.start.column > 1);
  CHECK(ids(analyze("[components.web]\ncapabilities = [\"all\"]\n")) == std::vector<std::string>{"SEC209"});
}

TEST_CASE("dlint fix rewrites a guide-dialect run.toml only with unsafe fixes", "[runtoml][engine]") {
  const std::string guide =
      "[package]\nname = \"my-app\"\n\n[[component]]\nname = \"web\"\nsource = \"src/lib.rs\"\n"
      "language = \"rust\"\n\n[bridge.postgres]\nimage = \"postgres:15\"\nports = { 5432 = 5432 }\n";
  SourceFile file(1, "app/run.toml", guide);
  auto safe = fix_source(file, InputKind::RunToml, Config{}, nullptr, FixOptions{});
  CHECK(safe.text == guide);
  CHECK(safe.unsafe_remaining == 1);
  auto unsafe = fix_source(file, InputKind::RunToml, Config{}, nullptr, FixOptions{.unsafe = true});
  CHECK(unsafe.applied == 1);
  CHECK(unsafe.converged);
  // The rewritten file is in the runtime's dialect: nothing is ignored, nothing is unknown.
  auto after = analyze(unsafe.text);
  CHECK(ids(after).empty());
  CHECK(unsafe.text.find("[components.web]") != std::string::npos);
  CHECK(unsafe.text.find("[docker.postgres]") != std::string::npos);
}
