#include "engine/analyze_source.hpp"

#include <algorithm>
#include <tuple>

#include "engine/rule.hpp"
#include "engine/suppressions.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "frontends/luakit/parse_luakit.hpp"
#include "ir/image_config.hpp"

namespace dlint {

bool rule_enabled(const RuleMeta& rule, const Config& config) {
  auto it = config.enabled.find(rule.id);
  return it != config.enabled.end() ? it->second : rule.enabled_by_default;
}

namespace {

std::vector<Finding> run_rules(const SourceFile& file, InputKind kind, const Config& config,
                               const ir::BuildDefinition* build, const ir::ImageConfig* image, const FileSystem* fs,
                               const ir::LuakitScript* luakit = nullptr) {
  std::vector<Finding> findings;
  for (const auto& rule : RuleRegistry::instance().rules()) {
    const RuleMeta& meta = rule->meta();
    if (std::find(meta.kinds.begin(), meta.kinds.end(), kind) == meta.kinds.end()) continue;
    if (!rule_enabled(meta, config)) continue;
    RuleContext ctx(file, config, meta, findings);
    ctx.build = build;
    ctx.image = image;
    ctx.fs = fs;
    ctx.luakit = luakit;
    rule->check(ctx);
  }
  return findings;
}

}  // namespace

std::vector<Finding> analyze_source(const SourceFile& file, InputKind kind, const Config& config,
                                    const FileSystem* fs) {
  std::vector<Finding> findings;
  ir::BuildDefinition build;
  std::optional<ir::ImageConfig> image;
  // Luakit: the script lowers to the same build model; its own facts sit beside it, and the exported stage
  // (if any) gives the image.
  std::optional<frontends::LuakitParse> luakit;
  if (kind == InputKind::Dockerfile) {
    build = frontends::parse_dockerfile(file);
    image = ir::derive_image_config(build);
  } else if (kind == InputKind::Luakit) {
    luakit = frontends::parse_luakit(file);
    if (luakit->target) image = ir::derive_image_config(luakit->build, luakit->target);
  } else {
    return findings;  // other frontends are not built yet
  }
  const ir::BuildDefinition& parsed = luakit ? luakit->build : build;
  findings = run_rules(file, kind, config, &parsed, image ? &*image : nullptr, fs, luakit ? &luakit->script : nullptr);

  Suppressions suppressions(parsed, RuleRegistry::instance());
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
