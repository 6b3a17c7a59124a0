#pragma once
// The patterns of one .dockerignore applied in order, as BuildKit applies them: a path is excluded when
// the last pattern that matches it (or one of its parent directories) is not a `!` re-inclusion.
#include <optional>
#include <string_view>
#include <vector>

#include "context/ignore_pattern.hpp"

namespace dlint::context {

class IgnoreMatcher {
 public:
  IgnoreMatcher() = default;
  explicit IgnoreMatcher(std::vector<IgnorePattern> patterns);

  [[nodiscard]] const std::vector<IgnorePattern>& patterns() const { return patterns_; }
  // Whether any pattern is a `!` re-inclusion.
  [[nodiscard]] bool has_exclusions() const { return has_exclusions_; }

  struct Verdict {
    bool excluded = false;
    std::optional<std::size_t> pattern;  // the last pattern that changed the verdict; nullopt: none applied
  };
  // patternmatcher.MatchesOrParentMatches, with the pattern that decided.
  [[nodiscard]] Verdict decide(std::string_view path) const;
  // True when Docker leaves `path` (relative to the context root, clean) out of the context.
  [[nodiscard]] bool excluded(std::string_view path) const { return decide(path).excluded; }
  // Whether a re-inclusion could bring back something below the excluded directory `directory`, so that a
  // walk has to look inside it (the same shortcut BuildKit's file walker takes).
  [[nodiscard]] bool may_reinclude_below(std::string_view directory) const;

 private:
  std::vector<IgnorePattern> patterns_;
  bool has_exclusions_ = false;
};

}  // namespace dlint::context
