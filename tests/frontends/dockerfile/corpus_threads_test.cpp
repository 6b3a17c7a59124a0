// The generated parser's DFA and context caches are static, shared by every thread. Two threads parsing
// the corpus at once must get exactly what one thread gets. (Run once under -fsanitize=thread too.)
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <algorithm>
#include <chrono>
#include <thread>

#include "frontends/dockerfile/corpus_paths.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "support/buildkit_dump.hpp"

namespace fs = std::filesystem;

namespace {

struct CorpusFile {
  std::string path;
  std::string text;
};

std::vector<CorpusFile> load_corpus() {
  std::vector<CorpusFile> files;
  fs::path root = dlint::testing::shared_corpus() / "dockerfiles";
  if (!fs::exists(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files.push_back({entry.path().string(), dlint::testing::read_file(entry.path())});
  }
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return files;
}

// A fingerprint of a parse: the BuildKit-style dump plus the errors.
std::string fingerprint(const CorpusFile& corpus_file) {
  dlint::SourceFile file(1, corpus_file.path, corpus_file.text);
  auto build = dlint::frontends::parse_dockerfile(file);
  std::string out = dlint::testing::buildkit_dump(build);
  for (const auto& error : build.errors) out += std::to_string(error.span.begin) + " " + error.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("two threads parsing the corpus at once get the same results as one", "[dockerfile][threads]") {
  auto files = load_corpus();
  if (files.empty()) {
    WARN("shared corpus not found; skipping");
    return;
  }
  std::vector<std::string> expected;
  expected.reserve(files.size());
  for (const auto& file : files) expected.push_back(fingerprint(file));

  std::vector<std::string> first(files.size());
  std::vector<std::string> second(files.size());
  // Opposite orders, so the threads warm and read the shared caches on different inputs at the same time.
  std::thread a([&] {
    for (std::size_t i = 0; i < files.size(); ++i) first[i] = fingerprint(files[i]);
  });
  std::thread b([&] {
    for (std::size_t i = files.size(); i-- > 0;) second[i] = fingerprint(files[i]);
  });
  a.join();
  b.join();
  std::size_t mismatches = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (first[i] != expected[i] || second[i] != expected[i]) {
      ++mismatches;
      UNSCOPED_INFO(files[i].path);
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("benchmark: parse every corpus Dockerfile on one thread", "[.bench]") {
  auto files = load_corpus();
  if (files.empty()) {
    WARN("shared corpus not found; skipping");
    return;
  }
  std::size_t bytes = 0;
  for (const auto& file : files) bytes += file.text.size();
  for (int round = 0; round < 3; ++round) {
    auto start = std::chrono::steady_clock::now();
    std::size_t instructions = 0;
    for (const auto& corpus_file : files) {
      dlint::SourceFile file(1, corpus_file.path, corpus_file.text);
      instructions += dlint::frontends::parse_dockerfile(file).instruction_spans().size();
    }
    auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    WARN("round " << round + 1 << ": " << files.size() << " files, " << bytes / 1024 << " KiB, " << instructions
                  << " instructions in " << elapsed * 1000 << " ms; peak RSS " << usage.ru_maxrss / 1024 << " MiB");
  }
}
