// Every .dockerignore of the shared corpus is analyzed without a crash, with the directory beside it on
// disk, and every pattern line read back maps to a span inside its file.
#include <catch2/catch.hpp>

#include "engine/analyze_source.hpp"
#include "engine/disk_file_system.hpp"
#include "frontends/dockerfile/corpus_paths.hpp"
#include "frontends/dockerignore/parse_dockerignore.hpp"

namespace fs = std::filesystem;

TEST_CASE("every .dockerignore of the shared corpus is analyzed", "[context][dockerignore][corpus]") {
  fs::path root = dlint::testing::shared_corpus() / "dockerignore";
  if (!fs::is_directory(root)) {
    WARN("shared corpus not found at " << root.string() << "; skipped");
    return;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  dlint::DiskFileSystem disk;
  std::size_t patterns = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    INFO(files[i].string());
    dlint::SourceFile file(static_cast<dlint::FileId>(i), files[i].string(), dlint::testing::read_file(files[i]));
    auto ignore = dlint::frontends::parse_dockerignore(file);
    for (const auto& line : ignore.lines) {
      CHECK(line.span.end <= file.text().size());
      CHECK(std::string(file.text().substr(line.span.begin, line.span.end - line.span.begin)) == line.text);
    }
    CHECK(ignore.matcher.patterns().size() == ignore.lines.size());
    patterns += ignore.lines.size();
    auto findings = dlint::analyze_source(file, dlint::InputKind::Dockerignore, {}, {.fs = &disk});
    for (const auto& f : findings) {
      CHECK(f.span.file == file.id());
      CHECK(f.span.end <= file.text().size());
    }
  }
  CHECK(patterns > files.size());
}
