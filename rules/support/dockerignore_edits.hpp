#pragma once
// Where findings about something a .dockerignore lacks point, and the fix that appends the missing lines.
#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.hpp"
#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "rules/support/edits.hpp"
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

// Reports that the context holds `paths` (described by `list`) which the .dockerignore being checked does
// not exclude, at the end of its patterns, with the fix that appends them.
inline void report_not_excluded(RuleContext& ctx, std::string_view list, const std::vector<std::string>& paths) {
  const ir::IgnoreFile& ignore = *ctx.context->ignore();
  ctx.report(
      append_point(ctx.file(), ignore),
      concat({"the context `", ctx.context->directory(), "` holds ", list, ", which this file does not exclude"}),
      append_patterns_fix(ctx.file(), paths));
}

}  // namespace dlint::rules
