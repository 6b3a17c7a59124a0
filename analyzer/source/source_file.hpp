#pragma once
// One input file held in memory, with the index that turns byte offsets into lines and columns.
#include <string>
#include <string_view>
#include <vector>

#include "source/span.hpp"

namespace dlint {

class SourceFile {
 public:
  SourceFile(FileId id, std::string path, std::string text);

  [[nodiscard]] FileId id() const { return id_; }
  [[nodiscard]] const std::string& path() const { return path_; }
  // The text exactly as read, including a UTF-8 BOM if there was one.
  [[nodiscard]] std::string_view text() const { return text_; }
  // Offset of the first byte after a UTF-8 BOM (0 or 3); frontends start reading here.
  [[nodiscard]] std::uint32_t content_begin() const { return bom_ ? 3 : 0; }

  [[nodiscard]] Position position(std::uint32_t offset) const;
  [[nodiscard]] Span span(std::uint32_t begin, std::uint32_t end) const;
  [[nodiscard]] std::size_t line_count() const { return line_starts_.size(); }
  // The text of a 1-based line without its line terminator (LF or CRLF).
  [[nodiscard]] std::string_view line(std::uint32_t line) const;

 private:
  FileId id_;
  std::string path_;
  std::string text_;
  bool bom_ = false;
  std::vector<std::uint32_t> line_starts_;
  // Per line: only ASCII bytes, so a column is a byte distance and needs no scan.
  std::vector<bool> line_ascii_;
};

}  // namespace dlint
