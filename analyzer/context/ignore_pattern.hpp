#pragma once
// One .dockerignore pattern with the matching semantics of moby/patternmatcher, the matcher BuildKit
// applies to the build context. The pattern is cleaned the way Docker cleans it (filepath.Clean, leading
// "/" dropped), then compiled the way patternmatcher compiles it: `*` and `?` never cross a '/', `**`
// crosses any number of directories, `[...]` is a character class, `\` escapes the next character.
// patternmatcher decides some patterns by plain string comparison (exact, prefix for a trailing `**`,
// suffix for a leading `**`) and the rest by a regular expression; both paths are reproduced, because
// they do not always agree (`**foo` matches "afoo" as a suffix).
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace dlint::context {

// What ignorefile.ReadAll makes of one line of a .dockerignore: nullopt for comments and blank lines,
// else the cleaned pattern with its leading '!' kept.
std::optional<std::string> read_ignore_line(std::string_view line);

// filepath.Clean for '/'-separated paths.
std::string clean_path(std::string_view path);

// Why Go's filepath.Match rejects `pattern` (unterminated `[`, empty class, trailing `\`, ...), or
// nullopt when it is well-formed. Docker refuses to build with a pattern it rejects.
std::optional<std::string> glob_syntax_error(std::string_view pattern);

class IgnorePattern {
 public:
  // `pattern` as read_ignore_line returns it (a leading '!' marks a re-inclusion).
  explicit IgnorePattern(std::string_view pattern);
  IgnorePattern(IgnorePattern&&) noexcept;
  IgnorePattern& operator=(IgnorePattern&&) noexcept;
  ~IgnorePattern();

  [[nodiscard]] bool exclusion() const { return exclusion_; }            // written with '!': re-includes
  [[nodiscard]] const std::string& cleaned() const { return cleaned_; }  // without the '!'
  // Set when Docker would refuse the pattern (the whole build fails); such a pattern matches nothing here.
  [[nodiscard]] const std::optional<std::string>& error() const { return error_; }
  // Whether the pattern matches `path` itself (relative to the context root, '/'-separated, clean).
  [[nodiscard]] bool matches(std::string_view path) const;
  // Whether it matches `path` or one of its parent directories (patternmatcher.MatchesOrParentMatches).
  [[nodiscard]] bool matches_or_parent(std::string_view path) const;
  // The text before the first wildcard or escape: every path the pattern matches starts with it, unless
  // the pattern starts with `**` (then this is empty).
  [[nodiscard]] std::string_view literal_prefix() const { return std::string_view(cleaned_).substr(0, literal_); }
  [[nodiscard]] bool has_wildcards() const { return literal_ != cleaned_.size(); }

 private:
  enum class Kind : unsigned char { Exact, Prefix, Suffix, Regexp, Invalid };
  bool exclusion_ = false;
  std::string cleaned_;
  std::optional<std::string> error_;
  Kind kind_ = Kind::Exact;
  std::size_t literal_ = 0;
  std::unique_ptr<re2::RE2> regexp_;
};

}  // namespace dlint::context
