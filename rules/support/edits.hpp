#pragma once
// Small builders for the text edits the RUN-level rules attach to their findings.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "engine/finding.hpp"
#include "source/source_file.hpp"

namespace dlint::rules {

// Concatenates message pieces (sidesteps GCC 12's false -Wrestrict on `"literal" + std::string`).
inline std::string concat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) out.append(part);
  return out;
}

// A fix made of one insertion of `text` at byte `offset`.
inline Fix insertion_fix(std::string title, std::uint32_t offset, std::string text, bool safe) {
  return Fix{std::move(title), {TextEdit{offset, offset, std::move(text)}}, safe};
}

// Byte offset where the line holding `span` starts.
inline std::uint32_t line_start_offset(const SourceFile& file, const Span& span) {
  std::string_view line = file.line(span.start.line);
  return static_cast<std::uint32_t>(line.data() - file.text().data());
}

// The spaces and tabs that open the line holding `span`.
inline std::string_view line_indentation(const SourceFile& file, const Span& span) {
  std::string_view line = file.line(span.start.line);
  return line.substr(0, line.find_first_not_of(" \t"));
}

}  // namespace dlint::rules
