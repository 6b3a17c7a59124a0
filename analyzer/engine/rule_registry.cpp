#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "support/ascii_case.hpp"

namespace dlint {

RuleRegistry& RuleRegistry::instance() {
  static RuleRegistry registry;
  return registry;
}

// Rules register during static initialization, before any thread starts; keeping the list sorted on
// insertion leaves rules() a plain read that analysis threads may share.
void RuleRegistry::add(std::unique_ptr<Rule> rule) {
  auto position = std::lower_bound(rules_.begin(), rules_.end(), rule->meta().id,
                                   [](const auto& existing, std::string_view id) { return existing->meta().id < id; });
  rules_.insert(position, std::move(rule));
}

const std::vector<std::unique_ptr<Rule>>& RuleRegistry::rules() const {
  return rules_;
}

const Rule* RuleRegistry::find(std::string_view key) const {
  for (const auto& rule : rules()) {
    const RuleMeta& m = rule->meta();
    if (iequals(m.id, key) || iequals(m.name, key)) return rule.get();
    for (auto alias : m.aliases) {
      if (iequals(alias, key)) return rule.get();
    }
  }
  return nullptr;
}

void RuleContext::report(const Span& span, std::string message, std::optional<Fix> fix) {
  out_.push_back(Finding{&rule_, rule_.severity, std::move(message), span, std::move(fix), {}, nullptr, {}});
}

void RuleContext::report(const Span& span, std::string message, std::optional<Fix> fix,
                         std::vector<RelatedLocation> related) {
  out_.push_back(
      Finding{&rule_, rule_.severity, std::move(message), span, std::move(fix), std::move(related), nullptr, {}});
}

void RuleContext::report_secret(const Span& span, std::string message, const Span& secret) {
  out_.push_back(Finding{&rule_, rule_.severity, std::move(message), span, std::nullopt, {}, nullptr, {secret}});
}

}  // namespace dlint
