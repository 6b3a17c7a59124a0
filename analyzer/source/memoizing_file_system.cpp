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
  std::shared_ptr<const std::vector<DirEntry>> listing;
  {
    std::lock_guard lock(mutex_);
    if (auto it = listings_.find(directory); it != listings_.end()) listing = it->second;
  }
  if (!listing) {
    auto result = std::make_shared<const std::vector<DirEntry>>(files_.list(directory));
    std::lock_guard lock(mutex_);
    listing = listings_.try_emplace(directory, std::move(result)).first->second;
  }
  return *listing;
}

}  // namespace dlint
