// BuildKit's own parser test files: our IR, printed as BuildKit prints its AST, must match BuildKit's
// `result` file for every case; every Dockerfile BuildKit rejects must give at least one error.
#include <catch2/catch.hpp>

#include <algorithm>

#include "frontends/dockerfile/corpus_paths.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "support/buildkit_dump.hpp"

namespace fs = std::filesystem;
using dlint::SourceFile;
using dlint::frontends::parse_dockerfile;

namespace {

std::vector<fs::path> case_dirs(const fs::path& root) {
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_directory()) dirs.push_back(entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

}  // namespace

TEST_CASE("BuildKit parser cases print exactly as BuildKit parses them", "[dockerfile][conformance]") {
  fs::path root = dlint::testing::shared_corpus() / "buildkit-parser" / "testfiles";
  if (!fs::exists(root)) {
    WARN("shared corpus not found at " << root << "; skipping");
    return;
  }
  auto dirs = case_dirs(root);
  REQUIRE(dirs.size() >= 30);
  for (const auto& dir : dirs) {
    SourceFile file(1, (dir / "Dockerfile").string(), dlint::testing::read_file(dir / "Dockerfile"));
    std::string expected = dlint::testing::read_file(dir / "result");
    auto build = parse_dockerfile(file);
    INFO("case " << dir.filename().string());
    CHECK(dlint::testing::buildkit_dump(build) == expected);
  }
}

TEST_CASE("Dockerfiles BuildKit rejects give a syntax error", "[dockerfile][conformance]") {
  fs::path root = dlint::testing::shared_corpus() / "buildkit-parser" / "testfiles-negative";
  if (!fs::exists(root)) {
    WARN("shared corpus not found at " << root << "; skipping");
    return;
  }
  for (const auto& dir : case_dirs(root)) {
    SourceFile file(1, (dir / "Dockerfile").string(), dlint::testing::read_file(dir / "Dockerfile"));
    auto build = parse_dockerfile(file);
    INFO("case " << dir.filename().string());
    REQUIRE_FALSE(build.errors.empty());
    for (const auto& error : build.errors) INFO(error.message);
    CHECK(build.errors.front().span.valid());
  }
}
