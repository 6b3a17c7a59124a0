#include "engine/analyze_source.hpp"

#include <algorithm>
#include <tuple>

#include "engine/rule.hpp"
#include "engine/suppressions.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "ir/image_config.hpp"
#include "knowledge/image_size.hpp"
#include "source/file_system.hpp"

namespace dlint {

bool rule_enabled(const RuleMeta& rule, const Config& config) {
  auto it = config.enabled.find(rule.id);
  return it != config.enabled.end() ? it->second : rule.enabled_by_default;
}

namespace {

std::vector<Finding> run_rules(const SourceFile& file, InputKind kind, const Config& config,
                               const ir::BuildDefinition* build, const ir::ImageConfig* image, const FileSystem* fs,
                               const knowledge::ImageSizeEstimate* image_size) {
  std::vector<Finding> findings;
  for (const auto& rule : RuleRegistry::instance().rules()) {
    const RuleMeta& meta = rule->meta();
    if (std::find(meta.kinds.begin(), meta.kinds.end(), kind) == meta.kinds.end()) continue;
    if (!rule_enabled(meta, config)) continue;
    RuleContext ctx(file, config, meta, findings);
    ctx.build = build;
    ctx.image = image;
    ctx.fs = fs;
    ctx.image_size = image_size;
    rule->check(ctx);
  }
  return findings;
}

}  // namespace

std::vector<Finding> analyze_source(const SourceFile& file, InputKind kind, const Config& config, const FileSystem* fs,
                                    std::optional<knowledge::ImageSizeEstimate>* image_size) {
  std::vector<Finding> findings;
  if (kind != InputKind::Dockerfile) return findings;  // other frontends are not built yet

  ir::BuildDefinition build = frontends::parse_dockerfile(file);
  std::optional<ir::ImageConfig> image = ir::derive_image_config(build);
  knowledge::SizeInputs size_inputs;
  size_inputs.fs = fs;
  size_inputs.context_dir = parent_path(file.path());
  std::optional<knowledge::ImageSizeEstimate> size = knowledge::estimate_image_size(build, size_inputs);
  findings = run_rules(file, kind, config, &build, image ? &*image : nullptr, fs, size ? &*size : nullptr);
  if (image_size) *image_size = std::move(size);

  Suppressions suppressions(build, RuleRegistry::instance());
  std::erase_if(findings, [&](const Finding& f) { return suppressions.suppressed(f); });
  for (auto& f : findings) {
    if (auto it = config.severity.find(f.rule->id); it != config.severity.end()) {
      f.severity = it->second;
    } else if (suppressions.buildkit_errors() && has_buildkit_alias(*f.rule)) {
      f.severity = Severity::Error;
    }
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.span.begin, a.span.end, a.rule->id) < std::tie(b.span.begin, b.span.end, b.rule->id);
  });
  return findings;
}

}  // namespace dlint
