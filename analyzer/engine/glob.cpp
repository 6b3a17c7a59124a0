#include "engine/glob.hpp"

namespace dlint {
namespace {

// Matches a bracket class at pattern[p] ('[' ...) against c; advances p past the class.
bool match_class(std::string_view pattern, std::size_t& p, char c, bool& valid) {
  std::size_t i = p + 1;
  bool negate = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
  if (negate) ++i;
  bool matched = false;
  bool first = true;
  while (i < pattern.size() && (first || pattern[i] != ']')) {
    first = false;
    char lo = pattern[i];
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      if (c >= lo && c <= pattern[i + 2]) matched = true;
      i += 3;
    } else {
      if (c == lo) matched = true;
      ++i;
    }
  }
  valid = i < pattern.size();
  p = i + 1;
  return matched != negate;
}

// Iterative matcher with backtracking for '*' and '**' (no recursion, so no depth issue).
bool match(std::string_view pattern, std::string_view path) {
  std::size_t p = 0, s = 0;
  std::size_t star_p = std::string_view::npos, star_s = 0;
  bool star_crosses = false;
  while (s < path.size()) {
    if (p < pattern.size()) {
      char pc = pattern[p];
      if (pc == '*') {
        bool double_star = p + 1 < pattern.size() && pattern[p + 1] == '*';
        p += double_star ? 2 : 1;
        if (double_star && p < pattern.size() && pattern[p] == '/') {
          // "**/" also matches zero directories.
          ++p;
          star_p = p;
          star_s = s;
          star_crosses = true;
          continue;
        }
        star_p = p;
        star_s = s;
        star_crosses = double_star;
        continue;
      }
      if (pc == '?' && path[s] != '/') {
        ++p;
        ++s;
        continue;
      }
      if (pc == '[' && path[s] != '/') {
        std::size_t q = p;
        bool valid = true;
        if (match_class(pattern, q, path[s], valid) && valid) {
          p = q;
          ++s;
          continue;
        }
      } else if (pc == '\\' && p + 1 < pattern.size() && pattern[p + 1] == path[s]) {
        p += 2;
        ++s;
        continue;
      } else if (pc == path[s]) {
        ++p;
        ++s;
        continue;
      }
    }
    // Mismatch: let the last star swallow one more character, if it may.
    if (star_p != std::string_view::npos && (star_crosses || path[star_s] != '/')) {
      ++star_s;
      s = star_s;
      p = star_p;
      continue;
    }
    return false;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  return match(pattern, path);
}

}  // namespace dlint
