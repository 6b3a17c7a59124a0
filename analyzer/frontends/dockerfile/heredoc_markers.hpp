#pragma once
// Finds the heredoc markers (`<<EOF`, `<<-EOF`, `<<"EOF"`, `2<<EOF`) on the first line of a RUN, COPY or
// ADD, the way BuildKit does: the line is split into shell words (quotes and backslashes respected,
// `$VAR` expanding to nothing), and a word that is exactly `[digits]<<[-]delimiter` opens a heredoc.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::frontends::dockerfile {

struct HeredocMarker {
  std::uint32_t begin = 0;  // offsets of the marker word within the scanned line
  std::uint32_t end = 0;
  std::string delimiter;    // quotes removed
  bool quoted = false;      // part of the delimiter was quoted: the body is not expanded
  bool strip_tabs = false;  // <<-
};

std::vector<HeredocMarker> find_heredoc_markers(std::string_view line);

}  // namespace dlint::frontends::dockerfile
