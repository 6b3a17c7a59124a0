#pragma once
// The real disk behind the FileSystem interface, for the CLI.
#include "source/file_system.hpp"

namespace dlint {

class DiskFileSystem final : public FileSystem {
 public:
  [[nodiscard]] std::optional<FileStat> stat(const std::string& path) const override;
  [[nodiscard]] std::vector<DirEntry> list(const std::string& directory) const override;
  [[nodiscard]] std::optional<std::string> read(const std::string& path, std::uint64_t max_bytes) const override;
};

}  // namespace dlint
