#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli/commands.hpp"

namespace dlint::cli {

bool write_file_atomically(const std::string& path, const std::string& text, std::string& error) {
  namespace fs = std::filesystem;
  fs::path target(path);
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
  fs::rename(temp, target, ec);
  if (ec) {
    error = ec.message();
    std::remove(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace dlint::cli
