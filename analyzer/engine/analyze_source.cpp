#include "engine/analyze_source.hpp"

#include <algorithm>
#include <tuple>

#include "context/load_build_context.hpp"
#include "engine/dockerignore_suppressions.hpp"
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

struct RuleInputs {
  const ir::BuildDefinition* build = nullptr;
  const ir::ImageConfig* image = nullptr;
  const FileSystem* fs = nullptr;
  const ir::BuildContext* context = nullptr;
  const knowledge::ImageSizeEstimate* image_size = nullptr;
};

std::vector<Finding> run_rules(const SourceFile& file, InputKind kind, const Config& config, const RuleInputs& in) {
  std::vector<Finding> findings;
  for (const auto& rule : RuleRegistry::instance().rules()) {
    const RuleMeta& meta = rule->meta();
    if (std::find(meta.kinds.begin(), meta.kinds.end(), kind) == meta.kinds.end()) continue;
    if (!rule_enabled(meta, config)) continue;
    RuleContext ctx(file, config, meta, findings);
    ctx.build = in.build;
    ctx.image = in.image;
    ctx.fs = in.fs;
    ctx.context = in.context;
    ctx.image_size = in.image_size;
    rule->check(ctx);
  }
  return findings;
}

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.span.begin, a.span.end, a.rule->id) < std::tie(b.span.begin, b.span.end, b.rule->id);
  });
}

void apply_severity_overrides(std::vector<Finding>& findings, const Config& config) {
  for (auto& f : findings) {
    if (auto it = config.severity.find(f.rule->id); it != config.severity.end()) f.severity = it->second;
  }
}

// A .dockerignore: its patterns, checked against the directory beside it when there is a file system.
std::vector<Finding> analyze_dockerignore(const SourceFile& file, const Config& config, const FileSystem* fs) {
  ir::BuildContext context = context::dockerignore_context(file, fs);
  std::vector<Finding> findings =
      run_rules(file, InputKind::Dockerignore, config, RuleInputs{.fs = fs, .context = &context});
  apply_dockerignore_suppressions(file, *context.ignore(), findings);
  apply_severity_overrides(findings, config);
  sort_findings(findings);
  return findings;
}

}  // namespace

std::vector<Finding> analyze_source(const SourceFile& file, InputKind kind, const Config& config,
                                    const AnalysisOptions& options) {
  const FileSystem* fs = options.fs;
  std::vector<Finding> findings;
  if (kind == InputKind::Dockerignore) return analyze_dockerignore(file, config, fs);
  if (kind != InputKind::Dockerfile) return findings;  // other frontends are not built yet

  ir::BuildDefinition build = frontends::parse_dockerfile(file);
  std::optional<ir::ImageConfig> image = ir::derive_image_config(build);
  std::optional<ir::BuildContext> context;
  if (fs != nullptr) context = context::load_build_context(*fs, file.path(), options.context_dir);
  knowledge::SizeInputs size_inputs;
  size_inputs.fs = fs;
  size_inputs.context_dir = context ? context->directory() : options.context_dir.value_or(parent_path(file.path()));
  // What the .dockerignore leaves out is not sent, so it does not count towards COPY sizes either.
  if (context) size_inputs.excluded = [&context](const std::string& path) { return context->excluded(path); };
  std::optional<knowledge::ImageSizeEstimate> size = knowledge::estimate_image_size(build, size_inputs);
  findings = run_rules(file, kind, config,
                       RuleInputs{&build, image ? &*image : nullptr, fs, context ? &*context : nullptr,
                                  size ? &*size : nullptr});
  if (options.image_size != nullptr) *options.image_size = std::move(size);

  Suppressions suppressions(build, RuleRegistry::instance());
  std::vector<Finding> kept;
  for (auto& f : findings) {
    if (!suppressions.suppressed(f)) {
      kept.push_back(std::move(f));
    } else if (options.suppressed != nullptr) {
      options.suppressed->push_back(std::move(f));
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
  std::for_each(findings.begin(), findings.end(), override_severity);
  sort_findings(findings);
  if (options.suppressed != nullptr) {
    std::for_each(options.suppressed->begin(), options.suppressed->end(), override_severity);
    sort_findings(*options.suppressed);
  }
  return findings;
}

}  // namespace dlint
