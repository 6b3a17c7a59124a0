#pragma once
// What an ADD source is: a URL, a git repository, a local archive ADD unpacks, or a plain local path.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

namespace dlint::rules {

inline std::string lower_copy(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

inline bool is_http_url(std::string_view source) {
  std::string lower = lower_copy(source.substr(0, 8));
  return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0;
}

// `git@host:repo`, `ssh://`, `git://`, or an http(s) URL of a .git repository (`...repo.git#ref`,
// `...repo.git?ref=v1&keep-git-dir=1`).
inline bool is_git_source(std::string_view source) {
  std::string lower = lower_copy(source);
  if (lower.rfind("git@", 0) == 0 || lower.rfind("git://", 0) == 0 || lower.rfind("ssh://", 0) == 0) return true;
  std::string_view path = std::string_view(lower).substr(0, lower.find_first_of("#?"));
  return is_http_url(source) && path.size() > 4 && path.substr(path.size() - 4) == ".git";
}

inline bool is_remote_source(std::string_view source) {
  return source.find("://") != std::string_view::npos || is_git_source(source);
}

// A local file ADD unpacks: tar, optionally compressed with gzip, bzip2, xz or zstd. ADD recognizes the
// archive by its content, so the usual names of compressed files count too. ADD does not unpack zip files.
inline bool looks_like_archive(std::string_view source) {
  static constexpr std::array<std::string_view, 14> suffixes = {".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2",
                                                                ".tbz", ".tar.xz", ".txz", ".tar.zst", ".tzst",
                                                                ".gz",  ".bz2",    ".xz",  ".zst"};
  std::string lower = lower_copy(source);
  return std::any_of(suffixes.begin(), suffixes.end(), [&](std::string_view suffix) {
    return lower.size() > suffix.size() && lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
  });
}

}  // namespace dlint::rules
