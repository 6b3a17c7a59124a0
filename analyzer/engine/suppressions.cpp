#include "engine/suppressions.hpp"

#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "engine/suppression_comment.hpp"

namespace dlint {

bool has_buildkit_alias(const RuleMeta& rule) {
  // BuildKit check names are CamelCase words ("JSONArgsRecommended"); hadolint (DL3008), Trivy (DS-0031)
  // and Checkov (CKV_DOCKER_5) codes have digits, dashes or underscores.
  return std::any_of(rule.aliases.begin(), rule.aliases.end(), [](std::string_view alias) {
    return !alias.empty() && std::isupper(static_cast<unsigned char>(alias[0])) &&
           std::all_of(alias.begin(), alias.end(), [](unsigned char c) { return std::isalpha(c); }) &&
           std::any_of(alias.begin(), alias.end(), [](unsigned char c) { return std::islower(c); });
  });
}

Suppressions::Suppressions(const ir::BuildDefinition& build, const RuleRegistry& registry) {
  auto resolve = [&](const std::string& name) -> std::string {
    const Rule* rule = registry.find(foreign_rule_alias(name));
    return rule ? std::string(rule->meta().id) : std::string();
  };

  std::vector<Span> instructions = build.instruction_spans();
  for (const auto& comment : build.comments) {
    auto parsed = parse_suppression_comment(comment.text);
    if (!parsed) continue;
    std::vector<std::string> ids;
    for (const auto& name : parsed->names) {
      std::string id = resolve(name.text);
      if (!id.empty()) ids.push_back(std::move(id));  // unknown names are reported by COR010
    }
    if (parsed->scope == SuppressionComment::Scope::File) {
      file_wide_.insert(file_wide_.end(), ids.begin(), ids.end());
      continue;
    }
    auto next = std::find_if(instructions.begin(), instructions.end(),
                             [&](const Span& s) { return s.begin >= comment.span.end; });
    if (next == instructions.end()) continue;
    if (parsed->scope == SuppressionComment::Scope::Stage) {
      // The stage that starts at the next instruction, up to the next FROM; dropped, as hadolint drops it,
      // when the next instruction is not a FROM.
      auto stage = std::find_if(build.stages.begin(), build.stages.end(),
                                [&](const ir::Stage& st) { return st.span.begin == next->begin; });
      if (stage == build.stages.end()) continue;
      auto after = std::next(stage);
      std::uint32_t last = after == build.stages.end() ? UINT32_MAX : after->span.start.line - 1;
      ranges_.push_back({stage->span.start.line, last, std::move(ids)});
      continue;
    }
    ranges_.push_back({next->start.line, next->end_pos.line, std::move(ids)});
  }

  if (const auto* check = build.directive("check")) {
    CheckDirective directive = parse_check_directive(check->value);
    buildkit_error_ = directive.error;
    for (const auto& name : directive.skip) {
      if (name == "all") {
        skip_all_buildkit_ = true;
      } else if (std::string id = resolve(name); !id.empty()) {
        file_wide_.push_back(std::move(id));
      }
    }
  }
}

bool Suppressions::suppressed(const Finding& finding) const {
  const RuleMeta& rule = *finding.rule;
  if (std::find(file_wide_.begin(), file_wide_.end(), rule.id) != file_wide_.end()) return true;
  if (skip_all_buildkit_ && has_buildkit_alias(rule)) return true;
  std::uint32_t line = finding.span.start.line;
  return std::any_of(ranges_.begin(), ranges_.end(), [&](const LineRange& r) {
    return line >= r.first_line && line <= r.last_line &&
           std::find(r.rule_ids.begin(), r.rule_ids.end(), rule.id) != r.rule_ids.end();
  });
}

}  // namespace dlint
