#include <algorithm>

#include "reporters/reporter.hpp"

namespace dlint::reporters {
namespace {

std::vector<Format>& registry() {
  static std::vector<Format> formats;
  return formats;
}

}  // namespace

FormatRegistrar::FormatRegistrar(const Format& format) {
  auto& all = registry();
  auto at = std::lower_bound(all.begin(), all.end(), format.name,
                             [](const Format& f, std::string_view name) { return f.name < name; });
  all.insert(at, format);
}

const std::vector<Format>& formats() {
  return registry();
}

const Format* find_format(std::string_view name) {
  for (const auto& f : registry()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace dlint::reporters

#include "engine/rule.hpp"

namespace dlint::reporters {

std::string rule_doc_url(const Options& options, const RuleMeta& rule) {
  std::string base = options.docs_base_url;
  if (!base.empty() && base.back() != '/') base += '/';
  return base + std::string(rule.id) + ".md";
}

}  // namespace dlint::reporters
