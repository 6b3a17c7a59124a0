#pragma once
// .gitignore semantics for directory walks: patterns from every .gitignore met on the way down, the last
// matching pattern deciding, `!` re-including, a trailing `/` matching directories only, and a pattern
// with a '/' in it anchored to the directory of its .gitignore.
#include <string>
#include <string_view>
#include <vector>

namespace dlint {

class GitignoreRules {
 public:
  // Adds the patterns of a .gitignore found in `dir` (relative to the walk root, "" for the root itself).
  void add(std::string_view dir, std::string_view text);
  // `path` is relative to the walk root, '/'-separated.
  [[nodiscard]] bool ignored(std::string_view path, bool is_dir) const;

 private:
  struct Pattern {
    std::string base;  // directory of the .gitignore, "" or "sub/dir/"
    std::string glob;
    bool negated = false;
    bool dir_only = false;
    bool anchored = false;
  };
  std::vector<Pattern> patterns_;
};

}  // namespace dlint
