#include "engine/compose_suppressions.hpp"

#include <algorithm>

#include "engine/rule.hpp"
#include "engine/suppression_comment.hpp"

namespace dlint {
namespace {

// The comment on a YAML line: a `#` at the start or after whitespace, outside quotes.
std::optional<std::string_view> comment_of(std::string_view line, bool& whole_line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') {
      if (i == 0 || line[i - 1] == ' ' || line[i - 1] == ':' || line[i - 1] == '-' || line[i - 1] == '[') quote = c;
      continue;
    }
    if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      whole_line = line.substr(0, i).find_first_not_of(" \t") == std::string_view::npos;
      return line.substr(i + 1);
    }
  }
  return std::nullopt;
}

// The comment on a TOML line: a `#` outside a basic or literal string. A line inside a multi-line string
// may be misread; a suppression comment there only silences the line after it.
std::optional<std::string_view> toml_comment_of(std::string_view line, bool& whole_line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if (c == '\\' && quote == '"') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#') {
      whole_line = line.substr(0, i).find_first_not_of(" \t") == std::string_view::npos;
      return line.substr(i + 1);
    }
  }
  return std::nullopt;
}

bool blank_or_comment(std::string_view line) {
  auto first = line.find_first_not_of(" \t");
  return first == std::string_view::npos || line[first] == '#';
}

}  // namespace

ComposeSuppressions::ComposeSuppressions(const SourceFile& file, const RuleRegistry& registry, CommentSyntax syntax) {
  for (std::uint32_t n = 1; n <= file.line_count(); ++n) {
    std::string_view line = file.line(n);
    if (line.find('#') == std::string_view::npos) continue;
    bool whole_line = false;
    auto comment = syntax == CommentSyntax::Toml ? toml_comment_of(line, whole_line) : comment_of(line, whole_line);
    if (!comment) continue;
    auto parsed = parse_suppression_comment(*comment);
    if (!parsed) continue;
    std::uint32_t target = n;
    if (whole_line) {
      target = n + 1;
      while (target <= file.line_count() && blank_or_comment(file.line(target))) ++target;
    }
    for (const auto& name : parsed->names) {
      const Rule* rule = registry.find(name.text);
      if (!rule) continue;
      if (parsed->scope == SuppressionComment::Scope::File) {
        file_wide_.emplace_back(rule->meta().id);
      } else {
        lines_.push_back({target, std::string(rule->meta().id)});
      }
    }
  }
}

bool ComposeSuppressions::suppressed(const Finding& finding) const {
  if (finding.file) return false;
  std::string_view id = finding.rule->id;
  if (std::find(file_wide_.begin(), file_wide_.end(), id) != file_wide_.end()) return true;
  return std::any_of(lines_.begin(), lines_.end(),
                     [&](const LineRule& r) { return r.line == finding.span.start.line && r.rule_id == id; });
}

}  // namespace dlint

namespace dlint {

bool ComposeSuppressions::suppressed_in(std::string_view rule_id, std::uint32_t first, std::uint32_t last) const {
  if (std::find(file_wide_.begin(), file_wide_.end(), rule_id) != file_wide_.end()) return true;
  return std::any_of(lines_.begin(), lines_.end(),
                     [&](const LineRule& r) { return r.rule_id == rule_id && r.line >= first && r.line <= last; });
}

}  // namespace dlint
