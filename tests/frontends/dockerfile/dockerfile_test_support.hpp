#pragma once
// Helpers for the Dockerfile frontend tests: parse a string, show a span as "line:col-line:col", and
// read back the file text a span covers.
#include <string>

#include "frontends/dockerfile/parse_dockerfile.hpp"

namespace dlint::testing {

struct Parsed {
  std::string text;
  ir::BuildDefinition build;
};

inline Parsed parse(std::string text) {
  SourceFile file(7, "Dockerfile", text);
  return {std::move(text), frontends::parse_dockerfile(file)};
}

inline std::string where(const Span& span) {
  return std::to_string(span.start.line) + ":" + std::to_string(span.start.column) + "-" +
         std::to_string(span.end_pos.line) + ":" + std::to_string(span.end_pos.column);
}

inline std::string covered(const Parsed& parsed, const Span& span) {
  return parsed.text.substr(span.begin, span.end - span.begin);
}

inline const ir::Op& op(const Parsed& parsed, std::size_t stage, std::size_t index) {
  return parsed.build.stages.at(stage).ops.at(index);
}

// Every file offset behind a MappedText, as the file text it reads: the mapping must be exact.
inline std::string mapped_back(const Parsed& parsed, const MappedText& text) {
  std::string out;
  for (std::uint32_t i = 0; i < text.text().size(); ++i) out.push_back(parsed.text[text.file_offset(i)]);
  return out;
}

}  // namespace dlint::testing
