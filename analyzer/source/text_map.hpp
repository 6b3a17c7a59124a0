#pragma once
// A string assembled from pieces of a file (a Dockerfile instruction with its line continuations and
// comment lines removed, say), remembering where each piece came from, so that a position found in the
// assembled text can be turned back into a position in the file.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "source/source_file.hpp"

namespace dlint {

class MappedText {
 public:
  // Appends file bytes [file_offset, file_offset + piece.size()) that read as `piece`.
  void append(std::string_view piece, std::uint32_t file_offset);
  // Appends text that has no counterpart in the file (a synthesized separator); it maps to `file_offset`.
  void append_synthetic(std::string_view piece, std::uint32_t file_offset);

  [[nodiscard]] const std::string& text() const { return text_; }
  // File offset of a byte of text(); an offset equal to text().size() maps to just past the last piece.
  [[nodiscard]] std::uint32_t file_offset(std::uint32_t text_offset) const;
  [[nodiscard]] Span span(const SourceFile& file, std::uint32_t text_begin, std::uint32_t text_end) const;

 private:
  struct Piece {
    std::uint32_t text_begin;
    std::uint32_t file_begin;
    std::uint32_t length;
    bool synthetic;
  };
  std::string text_;
  std::vector<Piece> pieces_;
};

}  // namespace dlint
