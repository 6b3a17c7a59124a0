#include "engine/dockerignore_suppressions.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "engine/rule.hpp"
#include "engine/suppression_comment.hpp"

namespace dlint {

void apply_dockerignore_suppressions(const SourceFile& file, const ir::IgnoreFile& ignore,
                                     std::vector<Finding>& findings) {
  std::set<std::string_view> file_wide;
  std::map<std::uint32_t, std::set<std::string_view>> by_line;  // pattern line -> rule ids
  std::size_t next_pattern = 0;
  for (std::uint32_t n = 1; n <= file.line_count(); ++n) {
    std::string_view line = file.line(n);
    if (line.empty() || line.front() != '#') continue;  // Docker's comments: '#' in the first column
    auto comment = parse_suppression_comment(line.substr(1));
    if (!comment) continue;
    while (next_pattern < ignore.lines.size() && ignore.lines[next_pattern].line <= n) ++next_pattern;
    for (const auto& name : comment->names) {
      const Rule* rule = RuleRegistry::instance().find(name.text);
      if (rule == nullptr) continue;
      if (comment->scope == SuppressionComment::Scope::File) {
        file_wide.insert(rule->meta().id);
      } else if (next_pattern < ignore.lines.size()) {
        by_line[ignore.lines[next_pattern].line].insert(rule->meta().id);
      }
    }
  }
  if (file_wide.empty() && by_line.empty()) return;
  std::erase_if(findings, [&](const Finding& f) {
    if (file_wide.contains(f.rule->id)) return true;
    auto it = by_line.find(f.span.start.line);
    return it != by_line.end() && it->second.contains(f.rule->id);
  });
}

}  // namespace dlint
