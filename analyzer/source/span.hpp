#pragma once
// Where a piece of the IR came from. Every IR node carries one, whatever language it was read from.
#include <cstdint>

namespace dlint {

using FileId = std::uint32_t;

// 1-based line and column; columns count Unicode code points, so a finding lines up with what an
// editor shows for UTF-8 text.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

// A half-open byte range [begin, end) of one file, with the line/column of both ends resolved.
// `end_pos` is the position just past the last character, as LSP and SARIF expect.
struct Span {
  FileId file = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  Position start;
  Position end_pos;

  [[nodiscard]] bool valid() const { return start.line != 0; }
  [[nodiscard]] bool contains(const Span& other) const {
    return file == other.file && begin <= other.begin && other.end <= end;
  }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace dlint
