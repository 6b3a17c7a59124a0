#include "engine/disk_file_system.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace dlint {
namespace {

FileStat to_stat(const fs::file_status& status, const fs::path& path) {
  FileStat out;
  switch (status.type()) {
    case fs::file_type::regular: {
      out.type = FileType::Regular;
      std::error_code ec;
      auto size = fs::file_size(path, ec);
      out.size = ec ? 0 : size;
      break;
    }
    case fs::file_type::directory: out.type = FileType::Directory; break;
    case fs::file_type::symlink: out.type = FileType::Symlink; break;
    default: out.type = FileType::Other; break;
  }
  return out;
}

}  // namespace

std::optional<FileStat> DiskFileSystem::stat(const std::string& path) const {
  std::error_code ec;
  auto status = fs::symlink_status(path, ec);
  if (ec || !fs::exists(status)) return std::nullopt;
  return to_stat(status, path);
}

std::vector<DirEntry> DiskFileSystem::list(const std::string& directory) const {
  std::vector<DirEntry> out;
  std::error_code ec;
  fs::directory_iterator it(directory, fs::directory_options::skip_permission_denied, ec);
  if (ec) return out;
  for (const auto& entry : it) {
    std::error_code status_ec;
    auto status = entry.symlink_status(status_ec);
    if (status_ec) continue;
    out.push_back(DirEntry{entry.path().filename().string(), to_stat(status, entry.path())});
  }
  std::sort(out.begin(), out.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return out;
}

std::optional<std::string> DiskFileSystem::read(const std::string& path, std::uint64_t max_bytes) const {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  auto size = fs::file_size(path, ec);
  if (ec || size > max_bytes) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace dlint
