#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>

#include "cli/commands.hpp"

namespace dlint::cli {

bool write_file_atomically(const std::string& path, const std::string& text, std::string& error, bool keep_mode) {
  namespace fs = std::filesystem;
  fs::path target(path);
  std::optional<fs::perms> mode;
  if (keep_mode) {
    std::error_code ec;
    if (fs::is_symlink(target, ec)) target = fs::canonical(target, ec);
    auto status = fs::status(target, ec);
    if (!ec && fs::exists(status)) mode = status.permissions();
  }
  fs::path temp = target;
  temp += ".dlint-tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = "cannot write here";
      return false;
    }
    out << text;
    out.flush();
    if (!out) {
      error = "write failed";
      std::remove(temp.c_str());
      return false;
    }
  }
  std::error_code ec;
  if (mode) fs::permissions(temp, *mode, ec);
  if (ec) {
    error = "cannot set the file's mode: " + ec.message();
    std::remove(temp.c_str());
    return false;
  }
  fs::rename(temp, target, ec);
  if (ec) {
    error = ec.message();
    std::remove(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace dlint::cli
