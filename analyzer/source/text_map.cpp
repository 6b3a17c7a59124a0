#include "source/text_map.hpp"

#include <algorithm>

namespace dlint {

void MappedText::append(std::string_view piece, std::uint32_t file_offset) {
  if (piece.empty()) return;
  auto begin = static_cast<std::uint32_t>(text_.size());
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (!last.synthetic && last.file_begin + last.length == file_offset) {
      last.length += static_cast<std::uint32_t>(piece.size());
      text_.append(piece);
      return;
    }
  }
  pieces_.push_back({begin, file_offset, static_cast<std::uint32_t>(piece.size()), false});
  text_.append(piece);
}

void MappedText::append_synthetic(std::string_view piece, std::uint32_t file_offset) {
  if (piece.empty()) return;
  pieces_.push_back(
      {static_cast<std::uint32_t>(text_.size()), file_offset, static_cast<std::uint32_t>(piece.size()), true});
  text_.append(piece);
}

std::uint32_t MappedText::file_offset(std::uint32_t text_offset) const {
  if (pieces_.empty()) return 0;
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), text_offset,
                             [](std::uint32_t off, const Piece& p) { return off < p.text_begin; });
  if (it == pieces_.begin()) return pieces_.front().file_begin;
  const Piece& p = *(it - 1);
  if (p.synthetic) return p.file_begin;
  std::uint32_t delta = std::min(text_offset - p.text_begin, p.length);
  return p.file_begin + delta;
}

Span MappedText::span(const SourceFile& file, std::uint32_t text_begin, std::uint32_t text_end) const {
  std::uint32_t begin = file_offset(text_begin);
  // Map the last byte, then step past it, so a span never swallows a removed continuation.
  std::uint32_t end = text_end > text_begin ? file_offset(text_end - 1) + 1 : begin;
  return file.span(begin, end);
}

}  // namespace dlint
