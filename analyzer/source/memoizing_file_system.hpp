#pragma once
// A file system for one run over files that do not change meanwhile: it asks the underlying one about
// each path and directory once, and keeps a FactMemo for what analyses derive from the files. The
// Dockerfiles of one directory share a build context, so without it every one of them would list and
// walk the same tree again.
#include <map>
#include <memory>
#include <mutex>

#include "source/fact_memo.hpp"
#include "source/file_system.hpp"

namespace dlint {

class MemoizingFileSystem final : public FileSystem {
 public:
  explicit MemoizingFileSystem(const FileSystem& files) : files_(files) {}

  [[nodiscard]] std::optional<FileStat> stat(const std::string& path) const override;
  [[nodiscard]] std::vector<DirEntry> list(const std::string& directory) const override;
  // File contents are not kept: what is derived from them is (through memo()), and that is much smaller.
  [[nodiscard]] std::optional<std::string> read(const std::string& path, std::uint64_t max_bytes) const override {
    return files_.read(path, max_bytes);
  }
  [[nodiscard]] FactMemo* memo() const override { return &memo_; }

 private:
  const FileSystem& files_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::optional<FileStat>> stats_;
  // Shared so a listing is copied for the caller outside the lock.
  mutable std::map<std::string, std::shared_ptr<const std::vector<DirEntry>>> listings_;
  mutable FactMemo memo_;
};

}  // namespace dlint
