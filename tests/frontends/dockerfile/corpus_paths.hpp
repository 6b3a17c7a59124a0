#pragma once
// Where the shared corpus is, and reading files from it. Tests skip (with a warning) when it is absent.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dlint::testing {

inline std::filesystem::path shared_corpus() {
  return std::filesystem::path(DLINT_SOURCE_DIR) / ".." / "shared" / "corpus";
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace dlint::testing
