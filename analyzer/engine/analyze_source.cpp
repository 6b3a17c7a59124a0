#include "engine/analyze_source.hpp"

#include <algorithm>
#include <tuple>

#include "engine/rule.hpp"
#include "engine/suppressions.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "ir/image_config.hpp"

namespace dlint {

bool rule_enabled(const RuleMeta& rule, const Config& config) {
  auto it = config.enabled.find(rule.id);
  return it != config.enabled.end() ? it->second : rule.enabled_by_default;
}

namespace {

std::vector<Finding> run_rules(const SourceFile& file, InputKind kind, const Config& config,
                               const ir::BuildDefinition* build, const ir::ImageConfig* image, const FileSystem* fs) {
  std::vector<Finding> findings;
  for (const auto& rule : RuleRegistry::instance().rules()) {
    const RuleMeta& meta = rule->meta();
    if (std::find(meta.kinds.begin(), meta.kinds.end(), kind) == meta.kinds.end()) continue;
    if (!rule_enabled(meta, config)) continue;
    RuleContext ctx(file, config, meta, findings);
    ctx.build = build;
    ctx.image = image;
    ctx.fs = fs;
    rule->check(ctx);
  }
  return findings;
}

}  // namespace

std::vector<Finding> analyze_source(const SourceFile& file, InputKind kind, const Config& config, const FileSystem* fs,
                                    std::vector<Finding>* suppressed) {
  std::vector<Finding> findings;
  if (kind != InputKind::Dockerfile) return findings;  // other frontends are not built yet

  ir::BuildDefinition build = frontends::parse_dockerfile(file);
  std::optional<ir::ImageConfig> image = ir::derive_image_config(build);
  findings = run_rules(file, kind, config, &build, image ? &*image : nullptr, fs);

  Suppressions suppressions(build, RuleRegistry::instance());
  std::vector<Finding> kept;
  for (auto& f : findings) {
    if (!suppressions.suppressed(f)) {
      kept.push_back(std::move(f));
    } else if (suppressed) {
      suppressed->push_back(std::move(f));
    }
  }
  findings = std::move(kept);
  auto override_severity = [&](Finding& f) {
    if (auto it = config.severity.find(f.rule->id); it != config.severity.end()) {
      f.severity = it->second;
    } else if (suppressions.buildkit_errors() && has_buildkit_alias(*f.rule)) {
      f.severity = Severity::Error;
    }
  };
  auto by_position = [](const Finding& a, const Finding& b) {
    return std::tie(a.span.begin, a.span.end, a.rule->id) < std::tie(b.span.begin, b.span.end, b.rule->id);
  };
  std::for_each(findings.begin(), findings.end(), override_severity);
  std::stable_sort(findings.begin(), findings.end(), by_position);
  if (suppressed) {
    std::for_each(suppressed->begin(), suppressed->end(), override_severity);
    std::stable_sort(suppressed->begin(), suppressed->end(), by_position);
  }
  return findings;
}

}  // namespace dlint
