#pragma once
// The part of reading a Dockerfile that a context-free lexer cannot do, done once over the file as
// BuildKit does it: parser directives (the escape character changes how every later line is read),
// line continuations (with the comment and blank lines BuildKit drops inside them), comment lines and
// heredoc bodies (their delimiters are chosen by the file). The result is a normalized text with one
// instruction per line, mapped back to the file, plus what was lifted out of it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ir/build_definition.hpp"
#include "source/source_file.hpp"
#include "source/text_map.hpp"

namespace dlint::frontends::dockerfile {

inline constexpr std::uint32_t no_offset = UINT32_MAX;

struct ScannedHeredoc {
  ir::Heredoc heredoc;           // delimiter, flags, body (tabs stripped for <<-), spans
  std::uint32_t body_begin = 0;  // file offsets of the raw body lines
  std::uint32_t body_end = 0;
  std::uint32_t terminator_begin = no_offset;  // the delimiter word on the closing line
  bool terminated = false;
};

// A piece of a normalized line: `length` bytes at `text_begin` that were read at `file_begin`.
struct Fragment {
  std::uint32_t text_begin;
  std::uint32_t file_begin;
  std::uint32_t length;
};

struct LogicalLine {
  std::uint32_t text_begin = 0;  // in NormalizedDockerfile::text, '\n' excluded
  std::uint32_t text_end = 0;
  std::uint32_t fragments_begin = 0;  // into NormalizedDockerfile::fragments
  std::uint32_t fragments_end = 0;
  std::uint32_t file_begin = 0;   // first byte of the keyword
  std::uint32_t content_end = 0;  // end of the instruction's own lines (heredoc bodies excluded)
  std::uint32_t file_end = 0;     // end of the instruction, heredoc bodies and delimiters included
  std::vector<ScannedHeredoc> heredocs;
  // Set when the line is kept away from the parser (too deeply nested, ONBUILD ONBUILD): the lowering
  // still records an instruction for it, with this error.
  std::optional<ir::SyntaxError> rejected;
};

struct NormalizedDockerfile {
  MappedText text;
  std::vector<Fragment> fragments;
  std::vector<LogicalLine> lines;
  std::vector<ir::Directive> directives;
  std::vector<ir::Comment> comments;
  std::vector<ir::SyntaxError> errors;
  char escape = '\\';

  // The normalized text [begin, end) of `line`, as a MappedText of its own (continuations removed).
  [[nodiscard]] MappedText slice(const LogicalLine& line, std::uint32_t begin, std::uint32_t end) const;
  // Appends that slice to `out`.
  void append_slice(MappedText& out, const LogicalLine& line, std::uint32_t begin, std::uint32_t end) const;
};

NormalizedDockerfile prescan(const SourceFile& file);

}  // namespace dlint::frontends::dockerfile
