#include "context/ignore_pattern.hpp"

#include <re2/re2.h>

#include <vector>

namespace dlint::context {
namespace {

bool is_go_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// strings.TrimSpace for ASCII white space (the only kind a .dockerignore realistically holds).
std::string_view trim_space(std::string_view text) {
  while (!text.empty() && is_go_space(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && is_go_space(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

// Length of the UTF-8 sequence starting at text[i], or 0 when it is not valid UTF-8.
std::size_t rune_length(std::string_view text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return 0;
  }
  return n;
}

// getEsc of Go's path/filepath: one (possibly escaped) character of a class; it may not be the last
// character of the pattern.
std::optional<std::string> class_char(std::string_view p, std::size_t& i) {
  if (i >= p.size() || p[i] == '-' || p[i] == ']') return "a character class is empty or has a misplaced '-' or ']'";
  if (p[i] == '\\') {
    ++i;
    if (i >= p.size()) return "the pattern ends inside a character class";
  }
  std::size_t n = rune_length(p, i);
  if (n == 0) return "the pattern is not valid UTF-8";
  i += n;
  if (i >= p.size()) return "a character class is not closed with ']'";
  return std::nullopt;
}

}  // namespace

std::string clean_path(std::string_view path) {
  const bool rooted = !path.empty() && path.front() == '/';
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    std::string_view part = path.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty() && parts.back() != "..") {
        parts.pop_back();
      } else if (!rooted) {
        parts.push_back(part);
      }
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = slash + 1;
  }
  if (parts.empty()) return std::string(rooted ? "/" : ".");
  std::string out;
  if (rooted) out.push_back('/');
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out.push_back('/');
    out.append(parts[i]);
  }
  return out;
}

std::optional<std::string> read_ignore_line(std::string_view line) {
  if (!line.empty() && line.front() == '#') return std::nullopt;  // only in the first column
  std::string_view pattern = trim_space(line);
  if (pattern.empty()) return std::nullopt;
  const bool invert = pattern.front() == '!';
  if (invert) pattern = trim_space(pattern.substr(1));
  std::string out;
  if (!pattern.empty()) {
    out = clean_path(pattern);
    if (out.size() > 1 && out.front() == '/') out.erase(0, 1);
  }
  return invert ? "!" + out : out;
}

std::optional<std::string> glob_syntax_error(std::string_view p) {
  std::size_t i = 0;
  while (i < p.size()) {
    char c = p[i];
    if (c == '\\') {
      if (i + 1 >= p.size()) return "the pattern ends with a lone '\\'";
      std::size_t n = rune_length(p, i + 1);
      if (n == 0) return "the pattern is not valid UTF-8";
      i += 1 + n;
    } else if (c == '[') {
      ++i;
      if (i < p.size() && p[i] == '^') ++i;
      for (int ranges = 0;; ++ranges) {
        if (i < p.size() && p[i] == ']' && ranges > 0) {
          ++i;
          break;
        }
        if (auto error = class_char(p, i)) return error;
        if (p[i] == '-') {
          ++i;
          if (auto error = class_char(p, i)) return error;
        }
      }
    } else {
      ++i;
    }
  }
  return std::nullopt;
}

IgnorePattern::IgnorePattern(std::string_view pattern) {
  // patternmatcher.New trims and cleans again what ReadAll already trimmed and cleaned.
  std::string p = clean_path(trim_space(pattern));
  if (!p.empty() && p.front() == '!') {
    exclusion_ = true;
    p.erase(0, 1);
    if (p.empty()) {
      error_ = "a lone '!' re-includes nothing (\"illegal exclusion pattern\")";
      kind_ = Kind::Invalid;
      return;
    }
  }
  cleaned_ = p;
  literal_ = std::min(cleaned_.find_first_of("*?[\\"), cleaned_.size());
  if (auto error = glob_syntax_error(cleaned_)) {
    error_ = *error;
    kind_ = Kind::Invalid;
    return;
  }

  // Pattern.compile of moby/patternmatcher, for '/' as the separator.
  std::string re = "^";
  kind_ = Kind::Exact;
  const std::string_view s = cleaned_;
  std::size_t pos = 0;
  for (std::size_t i = 0; pos < s.size(); ++i) {
    char ch = s[pos++];
    if (ch == '*') {
      if (pos < s.size() && s[pos] == '*') {
        ++pos;
        if (pos < s.size() && s[pos] == '/') ++pos;  // "**/" is "**"
        if (pos == s.size()) {
          if (kind_ == Kind::Exact) {
            kind_ = Kind::Prefix;
          } else {
            re += ".*";
            kind_ = Kind::Regexp;
          }
        } else {
          re += "(.*/)?";
          kind_ = Kind::Regexp;
        }
        if (i == 0) kind_ = Kind::Suffix;
      } else {
        re += "[^/]*";
        kind_ = Kind::Regexp;
      }
    } else if (ch == '?') {
      re += "[^/]";
      kind_ = Kind::Regexp;
    } else if (std::string_view(".+()|{}$").find(ch) != std::string_view::npos) {
      re += '\\';
      re += ch;
    } else if (ch == '\\') {
      if (pos < s.size()) {
        std::size_t n = std::max<std::size_t>(1, rune_length(s, pos));
        re += '\\';
        re.append(s.substr(pos, n));
        pos += n;
        kind_ = Kind::Regexp;
      } else {
        re += '\\';
      }
    } else if (ch == '[' || ch == ']') {
      re += ch;
      kind_ = Kind::Regexp;
    } else {
      re += ch;
    }
  }
  if (kind_ != Kind::Regexp) return;
  re += '$';
  re2::RE2::Options options;
  options.set_log_errors(false);
  regexp_ = std::make_unique<re2::RE2>(re, options);
  if (!regexp_->ok()) {
    // Go's regexp refuses it as well; patternmatcher then fails the build with ErrBadPattern.
    error_ = "the pattern does not translate into a valid expression (" + regexp_->error() + ")";
    kind_ = Kind::Invalid;
    regexp_.reset();
  }
}

IgnorePattern::IgnorePattern(IgnorePattern&&) noexcept = default;
IgnorePattern& IgnorePattern::operator=(IgnorePattern&&) noexcept = default;
IgnorePattern::~IgnorePattern() = default;

bool IgnorePattern::matches(std::string_view path) const {
  switch (kind_) {
    case Kind::Exact: return path == cleaned_;
    case Kind::Prefix: return path.starts_with(std::string_view(cleaned_).substr(0, cleaned_.size() - 2));
    case Kind::Suffix: {
      std::string_view suffix = std::string_view(cleaned_).substr(2);
      if (path.ends_with(suffix)) return true;
      return !suffix.empty() && suffix.front() == '/' && path == suffix.substr(1);
    }
    case Kind::Regexp: return re2::RE2::PartialMatch(re2::StringPiece(path.data(), path.size()), *regexp_);
    case Kind::Invalid: return false;
  }
  return false;
}

bool IgnorePattern::matches_or_parent(std::string_view path) const {
  if (matches(path)) return true;
  for (std::size_t slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', slash + 1)) {
    if (matches(path.substr(0, slash))) return true;
  }
  return false;
}

}  // namespace dlint::context
