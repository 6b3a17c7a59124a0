#include "source/memoizing_file_system.hpp"

namespace dlint {

std::optional<FileStat> MemoizingFileSystem::stat(const std::string& path) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = stats_.find(path); it != stats_.end()) return it->second;
  }
  auto result = files_.stat(path);
  std::lock_guard lock(mutex_);
  return stats_.try_emplace(path, result).first->second;
}

std::vector<DirEntry> MemoizingFileSystem::list(const std::string& directory) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = listings_.find(directory); it != listings_.end()) return it->second;
  }
  auto result = files_.list(directory);
  std::lock_guard lock(mutex_);
  return listings_.try_emplace(directory, std::move(result)).first->second;
}

}  // namespace dlint
