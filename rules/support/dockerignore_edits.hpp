#pragma once
// Where findings about something a .dockerignore lacks point, and the fix that appends the missing lines.
#include <string>
#include <vector>

#include "engine/finding.hpp"
#include "ir/build_context.hpp"
#include "source/source_file.hpp"

namespace dlint::rules {

// The end of the last pattern line (where a new pattern goes), or the start of an empty file.
inline Span append_point(const SourceFile& file, const ir::IgnoreFile& ignore) {
  if (ignore.lines.empty()) return file.span(file.content_begin(), file.content_begin());
  const Span& last = ignore.lines.back().span;
  return file.span(last.end, last.end);
}

// Appends `patterns`, one a line, at the end of the file.
inline Fix append_patterns_fix(const SourceFile& file, const std::vector<std::string>& patterns) {
  std::string text;
  std::string_view all = file.text();
  if (!all.empty() && all.back() != '\n') text += '\n';
  for (const auto& p : patterns) text += p + "\n";
  auto end = static_cast<std::uint32_t>(all.size());
  return Fix{patterns.size() == 1 ? "exclude " + patterns.front() : "exclude them", {TextEdit{end, end, text}}, true};
}

}  // namespace dlint::rules
