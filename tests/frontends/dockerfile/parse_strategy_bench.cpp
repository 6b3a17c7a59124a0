// Measurements behind the frontend's shape (run with "[.bench]"): where the time goes, and one ANTLR
// parse per file against one parser per instruction over the same normalized text.
#include <catch2/catch.hpp>

#include <chrono>

#include "frontends/dockerfile/corpus_paths.hpp"
#include "frontends/dockerfile/dockerfile_tree.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "frontends/dockerfile/prescan.hpp"

namespace fs = std::filesystem;
using namespace dlint::frontends::dockerfile;

namespace {

template <class F>
double milliseconds(F&& body) {
  auto start = std::chrono::steady_clock::now();
  body();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("benchmark: pre-scan, one parse per file, one parser per instruction", "[.bench]") {
  fs::path root = dlint::testing::shared_corpus() / "dockerfiles";
  if (!fs::exists(root)) {
    WARN("shared corpus not found; skipping");
    return;
  }
  std::vector<dlint::SourceFile> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) {
      files.emplace_back(1, entry.path().string(), dlint::testing::read_file(entry.path()));
    }
  }
  std::vector<NormalizedDockerfile> normalized;
  normalized.reserve(files.size());
  // Warm the prediction caches once so every figure below is steady-state.
  for (const auto& file : files) DockerfileTree(prescan(file).text.text(), false);

  double prescan_ms = milliseconds([&] {
    for (const auto& file : files) normalized.push_back(prescan(file));
  });
  std::size_t full_ll = 0;
  double per_file_ms = milliseconds([&] {
    for (const auto& n : normalized) full_ll += DockerfileTree(n.text.text(), n.escape == '`').used_full_ll() ? 1 : 0;
  });
  double per_instruction_ms = milliseconds([&] {
    for (const auto& n : normalized) {
      std::string_view text = n.text.text();
      for (const auto& line : n.lines) {
        DockerfileTree(text.substr(line.text_begin, line.text_end - line.text_begin + 1), n.escape == '`');
      }
    }
  });
  double whole_ms = milliseconds([&] {
    for (const auto& file : files) dlint::frontends::parse_dockerfile(file);
  });
  WARN(files.size() << " files: pre-scan " << prescan_ms << " ms; ANTLR, one parse per file " << per_file_ms << " ms ("
                    << full_ll << " files needed full LL); ANTLR, one parser per instruction " << per_instruction_ms
                    << " ms; whole frontend " << whole_ms << " ms");
}
