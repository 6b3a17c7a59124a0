#include "reporters/common/positions.hpp"

#include <algorithm>

namespace dlint::reporters {
namespace {

// Bytes from the start of the line holding `offset` up to it, with the line number.
std::pair<std::uint32_t, std::string_view> line_prefix(const SourceFile& file, std::uint32_t offset) {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(file.text().size()));
  std::uint32_t line = file.position(offset).line;
  std::string_view text = file.line(line);
  auto line_begin = static_cast<std::uint32_t>(text.data() - file.text().data());
  if (offset < line_begin) return {line, {}};  // inside a BOM
  return {line, file.text().substr(line_begin, offset - line_begin)};
}

}  // namespace

LineColumn utf16_position(const SourceFile& file, std::uint32_t offset) {
  auto [line, prefix] = line_prefix(file, offset);
  std::uint32_t units = 0;
  for (char c : prefix) {
    auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) == 0x80) continue;     // continuation byte
    units += (byte & 0xF8) == 0xF0 ? 2 : 1;  // four-byte sequences are surrogate pairs in UTF-16
  }
  return {line, units + 1};
}

LineColumn byte_position(const SourceFile& file, std::uint32_t offset) {
  auto [line, prefix] = line_prefix(file, offset);
  return {line, static_cast<std::uint32_t>(prefix.size()) + 1};
}

}  // namespace dlint::reporters
