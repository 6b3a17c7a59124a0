#include "engine/rule_docs.hpp"

#include <sstream>

namespace dlint {
namespace {

std::string kinds_of(const RuleMeta& rule) {
  std::string out;
  for (auto kind : rule.kinds) {
    if (!out.empty()) out += ", ";
    out += input_kind_name(kind);
  }
  return out;
}

std::string aliases_of(const RuleMeta& rule, std::string_view quote = "`") {
  std::string out;
  for (auto alias : rule.aliases) {
    if (!out.empty()) out += ", ";
    out.append(quote).append(alias).append(quote);
  }
  return out.empty() ? "none" : out;
}

}  // namespace

std::string rule_doc_markdown(const RuleMeta& rule) {
  std::ostringstream out;
  out << "# " << rule.id << " " << rule.name << "\n\n" << rule.summary << "\n\n";
  out << "| | |\n|---|---|\n";
  out << "| family | " << rule.family << " |\n";
  out << "| default severity | " << severity_name(rule.severity) << (rule.enabled_by_default ? "" : " (off by default)")
      << " |\n";
  out << "| applies to | " << kinds_of(rule) << " |\n";
  out << "| fixable | " << (rule.fixable ? "yes" : "no") << " |\n";
  out << "| aliases | " << aliases_of(rule) << " |\n\n";
  out << "## Why\n\n" << rule.rationale << "\n\n";
  // Rules only about Luakit scripts show Lua examples, and Lua comments start with `--`.
  const bool lua = rule.kinds.size() == 1 && rule.kinds[0] == InputKind::Luakit;
  const char* fence = lua ? "lua" : "dockerfile";
  if (!rule.bad_example.empty()) out << "## Bad\n\n```" << fence << "\n" << rule.bad_example << "\n```\n\n";
  if (!rule.good_example.empty()) out << "## Good\n\n```" << fence << "\n" << rule.good_example << "\n```\n\n";
  out << "## Silencing it\n\n`" << (lua ? "--" : "#") << " dlint ignore=" << rule.id
      << "` on the line before the instruction, or\n"
      << "`rules: {" << rule.id << ": off}` in `.dlint.yaml`.\n";
  return out.str();
}

std::string rule_index_markdown() {
  std::ostringstream out;
  out << "# Rules\n\nGenerated from the rules' own metadata by `scripts/gen-rule-docs.sh`; do not edit by hand.\n\n";
  out << "| id | name | family | severity | fixable | aliases | summary |\n|---|---|---|---|---|---|---|\n";
  for (const auto& rule : RuleRegistry::instance().rules()) {
    const RuleMeta& m = rule->meta();
    out << "| [" << m.id << "](" << m.id << ".md) | " << m.name << " | " << m.family << " | "
        << severity_name(m.severity) << " | " << (m.fixable ? "yes" : "") << " | " << aliases_of(m) << " | "
        << m.summary << " |\n";
  }
  return out.str();
}

std::string rule_explain_text(const RuleMeta& rule) {
  std::ostringstream out;
  out << rule.id << "  " << rule.name << "\n" << rule.summary << "\n\n";
  out << "family: " << rule.family << "; severity: " << severity_name(rule.severity)
      << (rule.enabled_by_default ? "" : " (off by default)") << "; fixable: " << (rule.fixable ? "yes" : "no")
      << "; applies to: " << kinds_of(rule) << "\naliases: " << aliases_of(rule, "") << "\n\n";
  out << rule.rationale << "\n";
  if (!rule.bad_example.empty()) out << "\nBad:\n" << rule.bad_example << "\n";
  if (!rule.good_example.empty()) out << "\nGood:\n" << rule.good_example << "\n";
  return out.str();
}

}  // namespace dlint
