#pragma once
// Walking a text line by line, for the tables and ignore files read as a whole.
#include <cstddef>
#include <string_view>

namespace dlint {

// Calls `visit(line)` for each line of `text`, without its '\n'; a final line without one counts, an
// empty text has no lines.
template <class Visit>
void for_each_line(std::string_view text, Visit&& visit) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    visit(text.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace dlint
