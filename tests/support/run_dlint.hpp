#pragma once
// Runs the built `dlint` program as a user would, for CLI and golden tests.
#include <filesystem>
#include <string>
#include <vector>

namespace dlint::testing {

struct ProgramResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs DLINT_BINARY with `args` (each shell-quoted) in `cwd`, feeding `stdin_text` on stdin.
ProgramResult run_dlint(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                        const std::string& stdin_text = "");

// A fresh temporary directory, removed when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  void write(const std::string& relative, const std::string& text) const;

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);

}  // namespace dlint::testing
