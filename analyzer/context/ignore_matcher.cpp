#include "context/ignore_matcher.hpp"

namespace dlint::context {

IgnoreMatcher::IgnoreMatcher(std::vector<IgnorePattern> patterns) : patterns_(std::move(patterns)) {
  for (const auto& p : patterns_) has_exclusions_ = has_exclusions_ || (p.exclusion() && !p.error());
}

IgnoreMatcher::Verdict IgnoreMatcher::decide(std::string_view path) const {
  Verdict verdict;
  for (std::size_t i = 0; i < patterns_.size(); ++i) {
    const IgnorePattern& p = patterns_[i];
    // An exclusion pattern only matters once the path is excluded, an inclusion only while it is not.
    if (p.exclusion() != verdict.excluded) continue;
    if (p.matches_or_parent(path)) {
      verdict.excluded = !p.exclusion();
      verdict.pattern = i;
    }
  }
  return verdict;
}

bool IgnoreMatcher::may_reinclude_below(std::string_view directory) const {
  if (!has_exclusions_) return false;
  std::string below = std::string(directory) + "/";
  for (const auto& p : patterns_) {
    if (!p.exclusion() || p.error()) continue;
    std::string_view prefix = p.literal_prefix();
    if (p.has_wildcards()) {
      // Every path the pattern matches starts with its literal prefix: the two must agree as far as both go.
      std::size_t n = std::min(prefix.size(), below.size());
      if (prefix.substr(0, n) == std::string_view(below).substr(0, n)) return true;
    } else if (prefix.starts_with(below) || std::string_view(below).starts_with(std::string(prefix) + "/")) {
      return true;  // a path inside the directory, or the directory or one of its parents re-included
    }
  }
  return false;
}

}  // namespace dlint::context
