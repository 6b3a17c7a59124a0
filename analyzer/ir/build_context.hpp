#pragma once
// What `docker build` sends to the builder: a context directory, the .dockerignore in force, and the files
// that pass it. A Dockerfile analyzed on its own is built from its own directory (the `docker build .`
// convention); a compose service passes its `build.context`. The file list is walked lazily, on the first
// rule that asks, through the FileSystem (never following a symlink), within the bounds of WalkLimits.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "context/ignore_matcher.hpp"
#include "source/file_system.hpp"
#include "source/span.hpp"

namespace dlint::ir {

// One pattern line of a .dockerignore.
struct IgnoreLine {
  std::string text;     // as written, white space trimmed ("!./secrets/ ")
  std::string pattern;  // as Docker reads it: cleaned, leading "/" dropped, '!' kept ("!secrets")
  std::uint32_t line = 0;
  Span span;  // the trimmed text, in the .dockerignore's own file
};

struct IgnoreFile {
  std::string path;  // where it was read from
  std::vector<IgnoreLine> lines;
  context::IgnoreMatcher matcher;  // patterns in the order of `lines`, index for index
  bool truncated = false;          // more than limits::max_ignore_patterns patterns: the rest were dropped
};

struct ContextEntry {
  std::string path;  // relative to the context root, '/'-separated ("src/main.rs")
  FileStat stat;
  std::uint32_t depth = 1;  // 1 for entries of the root
  bool sent = true;         // false: excluded by the .dockerignore
  bool walked = true;       // false: an excluded directory that was not looked into
};

struct WalkLimits {
  std::size_t max_entries = 50000;
  std::uint32_t max_depth = 48;
};

struct ContextWalk {
  // Each directory's entries together, sorted by name; subdirectories then visited depth first.
  std::vector<ContextEntry> entries;
  bool truncated = false;        // a limit was reached; what follows is incomplete
  std::uint64_t sent_bytes = 0;  // regular files that pass the .dockerignore
  std::size_t sent_files = 0;
  // The entry at `path`, if the walk saw it.
  [[nodiscard]] const ContextEntry* find(std::string_view path) const;
};

class BuildContext {
 public:
  // `fs` may be null (text from stdin): then there are no files and walk() returns null.
  BuildContext(const FileSystem* fs, std::string directory, std::optional<IgnoreFile> ignore, WalkLimits limits = {});

  [[nodiscard]] const std::string& directory() const { return directory_; }
  [[nodiscard]] const IgnoreFile* ignore() const { return ignore_ ? &*ignore_ : nullptr; }
  [[nodiscard]] const FileSystem* fs() const { return fs_; }
  // Whether Docker leaves `path` (relative to the context root) out.
  [[nodiscard]] bool excluded(std::string_view path) const;
  // The files of the context, walked on first use; null without a file system.
  [[nodiscard]] const ContextWalk* walk() const;
  // `path` relative to the context, as a path the file system understands.
  [[nodiscard]] std::string disk_path(std::string_view path) const;

 private:
  const FileSystem* fs_;
  std::string directory_;
  std::optional<IgnoreFile> ignore_;
  WalkLimits limits_;
  // Filled by the first walk() (rules of one file run in sequence); shared with the other inputs of the run
  // whose context is the same directory under the same patterns.
  mutable std::shared_ptr<const ContextWalk> walk_;
};

}  // namespace dlint::ir
