#include "source/source_file.hpp"

#include <algorithm>

namespace dlint {

SourceFile::SourceFile(FileId id, std::string path, std::string text)
    : id_(id), path_(std::move(path)), text_(std::move(text)) {
  bom_ = text_.size() >= 3 && static_cast<unsigned char>(text_[0]) == 0xEF &&
         static_cast<unsigned char>(text_[1]) == 0xBB && static_cast<unsigned char>(text_[2]) == 0xBF;
  line_starts_.push_back(0);
  line_ascii_.push_back(true);
  for (std::uint32_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') {
      line_starts_.push_back(i + 1);
      line_ascii_.push_back(true);
    } else if ((static_cast<unsigned char>(text_[i]) & 0x80) != 0) {
      line_ascii_.back() = false;
    }
  }
}

Position SourceFile::position(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line_index = static_cast<std::uint32_t>(it - line_starts_.begin() - 1);
  std::uint32_t start = line_starts_[line_index];
  if (line_index == 0 && bom_ && offset >= 3) start = 3;
  if (line_ascii_[line_index]) return {line_index + 1, offset - start + 1};
  std::uint32_t column = 1;
  for (std::uint32_t i = start; i < offset; ++i) {
    // Count code points: skip UTF-8 continuation bytes.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {line_index + 1, column};
}

Span SourceFile::span(std::uint32_t begin, std::uint32_t end) const {
  if (end < begin) end = begin;
  return {id_, begin, end, position(begin), position(end)};
}

std::string_view SourceFile::line(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  std::uint32_t begin = line_starts_[line - 1];
  if (line == 1 && bom_) begin = 3;
  std::uint32_t end = line < line_starts_.size() ? line_starts_[line] : static_cast<std::uint32_t>(text_.size());
  std::string_view text(text_.data() + begin, end - begin);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

}  // namespace dlint
