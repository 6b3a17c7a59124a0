// `dlint rules` and `dlint explain`: the rule catalogue from the rules' own metadata.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "engine/rule.hpp"
#include "engine/rule_docs.hpp"
#include "support/edit_distance.hpp"

namespace dlint::cli {

int run_rules(const RulesArgs& args) {
  const auto& rules = RuleRegistry::instance().rules();
  if (args.format == "json") {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& rule : rules) {
      const RuleMeta& m = rule->meta();
      nlohmann::ordered_json aliases = nlohmann::ordered_json::array();
      for (auto a : m.aliases) aliases.push_back(std::string(a));
      nlohmann::ordered_json kinds = nlohmann::ordered_json::array();
      for (auto k : m.kinds) kinds.push_back(std::string(input_kind_name(k)));
      list.push_back({{"id", std::string(m.id)},
                      {"name", std::string(m.name)},
                      {"family", std::string(m.family)},
                      {"severity", std::string(severity_name(m.severity))},
                      {"enabled_by_default", m.enabled_by_default},
                      {"fixable", m.fixable},
                      {"kinds", kinds},
                      {"aliases", aliases},
                      {"summary", std::string(m.summary)}});
    }
    std::cout << list.dump(2) << "\n";
    return kExitClean;
  }
  if (args.format == "markdown") {
    if (!args.output_dir) {
      std::cout << rule_index_markdown();
      return kExitClean;
    }
    std::error_code ec;
    std::filesystem::create_directories(*args.output_dir, ec);
    std::string error;
    bool ok = write_file_atomically(*args.output_dir + "/README.md", rule_index_markdown(), error);
    for (const auto& rule : rules) {
      ok = ok && write_file_atomically(*args.output_dir + "/" + std::string(rule->meta().id) + ".md",
                                       rule_doc_markdown(rule->meta()), error);
    }
    if (!ok) {
      std::cerr << "dlint: " << *args.output_dir << ": " << error << "\n";
      return kExitError;
    }
    return kExitClean;
  }
  // Columns as wide as their longest entry; aliases last, since some rules carry many.
  std::size_t id_width = 0, name_width = 0;
  for (const auto& rule : rules) {
    id_width = std::max(id_width, rule->meta().id.size());
    name_width = std::max(name_width, rule->meta().name.size());
  }
  for (const auto& rule : rules) {
    const RuleMeta& m = rule->meta();
    std::string aliases;
    for (auto a : m.aliases) {
      if (!aliases.empty()) aliases += ", ";
      aliases += a;
    }
    std::cout << std::left << std::setw(static_cast<int>(id_width + 2)) << m.id
              << std::setw(static_cast<int>(name_width + 2)) << m.name << std::setw(9) << severity_name(m.severity)
              << std::setw(5) << (m.fixable ? "fix" : "") << m.summary;
    if (!aliases.empty()) std::cout << "  [" << aliases << "]";
    std::cout << "\n";
  }
  std::cout << rules.size() << " rules; `dlint explain ID` for one in full\n";
  return kExitClean;
}

int run_explain(const std::string& key) {
  const Rule* rule = RuleRegistry::instance().find(key);
  if (rule != nullptr) {
    std::cout << rule_explain_text(rule->meta());
    return kExitClean;
  }
  std::vector<std::string> names;
  for (const auto& r : RuleRegistry::instance().rules()) {
    names.emplace_back(r->meta().id);
    names.emplace_back(r->meta().name);
    for (auto a : r->meta().aliases) names.emplace_back(a);
  }
  std::cerr << "dlint: no rule is called '" << key << "'";
  if (auto suggestion = closest_match(key, names)) std::cerr << "; did you mean " << *suggestion << "?";
  std::cerr << " (`dlint rules` lists them all)\n";
  return kExitError;
}

}  // namespace dlint::cli
