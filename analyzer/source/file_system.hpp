#pragma once
// Read-only access to the files around an input: the build context a Dockerfile is built from, the
// Dockerfiles and env files a compose file names, the sources a run.toml points at. Frontends and rules
// see the disk only through this interface, so the library stays free of I/O: the CLI hands it the real
// disk, tests and the language server an in-memory tree.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "source/fact_memo.hpp"

namespace dlint {

enum class FileType : unsigned char { Regular, Directory, Symlink, Other };

struct FileStat {
  FileType type = FileType::Regular;
  std::uint64_t size = 0;  // bytes, for regular files
};

struct DirEntry {
  std::string name;  // the last path component
  FileStat stat;     // of the entry itself (a symlink is not followed)
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // Paths are '/'-separated, absolute or relative to the working directory of the run.
  // The entry itself, without following a final symlink; nullopt when it does not exist.
  [[nodiscard]] virtual std::optional<FileStat> stat(const std::string& path) const = 0;
  // The entries of a directory sorted by name; empty when it is not a readable directory.
  [[nodiscard]] virtual std::vector<DirEntry> list(const std::string& directory) const = 0;
  // A regular file's bytes, or nullopt when it is missing, unreadable or larger than max_bytes.
  [[nodiscard]] virtual std::optional<std::string> read(const std::string& path, std::uint64_t max_bytes) const = 0;
  // Where facts derived from these files may be kept for reuse (see derive()); null when the files may
  // change between two questions, as in an editor.
  [[nodiscard]] virtual FactMemo* memo() const { return nullptr; }
};

// The fact of type T that `compute()` derives from the files of `fs`, named `key` (which must say
// everything the fact depends on): computed once per memo, or every time when `fs` keeps no memo.
template <class T, class Compute>
std::shared_ptr<const T> derive(const FileSystem& fs, const std::string& key, Compute&& compute) {
  if (FactMemo* memo = fs.memo()) return memo->get<T>(key, std::forward<Compute>(compute));
  return std::make_shared<const T>(compute());
}

// A tree held in memory: for tests, and for editors whose buffers are not saved yet.
class MemoryFileSystem final : public FileSystem {
 public:
  // Adds a regular file; its parent directories come into being implicitly.
  void add_file(const std::string& path, std::string contents);
  void add_directory(const std::string& path);
  void add_symlink(const std::string& path);

  [[nodiscard]] std::optional<FileStat> stat(const std::string& path) const override;
  [[nodiscard]] std::vector<DirEntry> list(const std::string& directory) const override;
  [[nodiscard]] std::optional<std::string> read(const std::string& path, std::uint64_t max_bytes) const override;

 private:
  struct Node {
    FileType type = FileType::Regular;
    std::string contents;
  };
  std::map<std::string, Node> nodes_;  // keyed by normalized path
};

// "a/./b/../c/" -> "a/c"; "" and "." -> ".". Leading "/" is kept; ".." above the start is kept.
std::string normalize_path(const std::string& path);
// Joins a relative path onto a directory (an absolute `relative` wins), normalized.
std::string join_path(const std::string& directory, const std::string& relative);
// The directory part of a path: "a/b/c" -> "a/b", "c" -> ".", "/c" -> "/".
std::string parent_path(const std::string& path);

}  // namespace dlint
