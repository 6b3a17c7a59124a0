#include "engine/disk_file_system.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

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

// One lstat per entry (relative to the open directory), none for subdirectories the kernel already
// named as such: contexts are listed often, and std::filesystem would stat each entry twice.
std::vector<DirEntry> DiskFileSystem::list(const std::string& directory) const {
  std::vector<DirEntry> out;
  DIR* dir = ::opendir(directory.empty() ? "." : directory.c_str());
  if (dir == nullptr) return out;
  const int fd = ::dirfd(dir);
  while (const dirent* entry = ::readdir(dir)) {
    std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    DirEntry item{std::string(name), {}};
    if (entry->d_type == DT_DIR) {
      item.stat.type = FileType::Directory;
    } else if (entry->d_type == DT_LNK) {
      item.stat.type = FileType::Symlink;
    } else {
      struct ::stat st {};
      if (::fstatat(fd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
      if (S_ISREG(st.st_mode)) {
        item.stat = {FileType::Regular, static_cast<std::uint64_t>(st.st_size)};
      } else if (S_ISDIR(st.st_mode)) {
        item.stat.type = FileType::Directory;
      } else if (S_ISLNK(st.st_mode)) {
        item.stat.type = FileType::Symlink;
      } else {
        item.stat.type = FileType::Other;
      }
    }
    out.push_back(std::move(item));
  }
  ::closedir(dir);
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
