#include "support/run_dlint.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace dlint::testing {
namespace {

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out.append("'\\''");
    } else {
      out.push_back(c);
    }
  }
  out.push_back('\'');
  return out;
}

}  // namespace

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "dlint-test-XXXXXX").string();
  char* made = mkdtemp(pattern.data());
  path_ = made != nullptr ? std::filesystem::path(made) : std::filesystem::temp_directory_path();
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void TempDir::write(const std::string& relative, const std::string& text) const {
  auto target = path_ / relative;
  std::filesystem::create_directories(target.parent_path());
  std::ofstream(target, std::ios::binary) << text;
}

ProgramResult run_dlint(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                        const std::string& stdin_text) {
  TempDir io;
  io.write("stdin", stdin_text);
  std::string command = "cd ";
  command.append(shell_quote(cwd.string())).append(" && ").append(shell_quote(DLINT_BINARY));
  for (const auto& a : args) command.append(" ").append(shell_quote(a));
  command.append(" <").append(shell_quote((io.path() / "stdin").string()));
  command.append(" >").append(shell_quote((io.path() / "out").string()));
  command.append(" 2>").append(shell_quote((io.path() / "err").string()));
  int status = std::system(command.c_str());
  ProgramResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(io.path() / "out");
  result.err = read_file(io.path() / "err");
  return result;
}

}  // namespace dlint::testing
