#include "engine/analyze_source.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "engine/compose_suppressions.hpp"
#include "engine/rule.hpp"
#include "engine/suppressions.hpp"
#include "frontends/compose/load_compose.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "ir/application.hpp"
#include "ir/image_config.hpp"
#include "knowledge/compose_overrides.hpp"

namespace dlint {

bool rule_enabled(const RuleMeta& rule, const Config& config) {
  auto it = config.enabled.find(rule.id);
  return it != config.enabled.end() ? it->second : rule.enabled_by_default;
}

namespace {

struct RuleInputs {
  const ir::BuildDefinition* build = nullptr;
  const ir::ImageConfig* image = nullptr;
  const ir::Application* application = nullptr;
  const FileSystem* fs = nullptr;
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
    ctx.application = in.application;
    ctx.fs = in.fs;
    rule->check(ctx);
  }
  return findings;
}

void sort_findings(std::vector<Finding>& findings) {
  // Findings in the input itself first, then those in other files, each by position.
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    auto key = [](const Finding& f) {
      return std::make_tuple(f.file ? 1 : 0, f.file ? f.file->path() : std::string(), f.span.begin, f.span.end,
                             std::string_view(f.rule->id));
    };
    return key(a) < key(b);
  });
}

// A parsed Dockerfile's findings: rules, its own suppression comments, severity overrides.
std::vector<Finding> dockerfile_findings(const SourceFile& file, const ir::BuildDefinition& build, const Config& config,
                                         const FileSystem* fs, std::optional<std::size_t> target = std::nullopt) {
  std::optional<ir::ImageConfig> image = ir::derive_image_config(build, target);
  std::vector<Finding> findings =
      run_rules(file, InputKind::Dockerfile, config, {&build, image ? &*image : nullptr, nullptr, fs});
  Suppressions suppressions(build, RuleRegistry::instance());
  std::erase_if(findings, [&](const Finding& f) { return suppressions.suppressed(f); });
  for (auto& f : findings) {
    if (auto it = config.severity.find(f.rule->id); it != config.severity.end()) {
      f.severity = it->second;
    } else if (suppressions.buildkit_errors() && has_buildkit_alias(*f.rule)) {
      f.severity = Severity::Error;
    }
  }
  return findings;
}

// The findings of the Dockerfiles the services build, in those files, each message naming the services.
// A Dockerfile built by several services with the same target is analyzed once.
void add_service_dockerfile_findings(const ir::Application& app, const Config& config, const FileSystem* fs,
                                     std::vector<Finding>& out) {
  struct Key {
    const ir::BuildDefinition* build;
    std::string target;
    auto operator<=>(const Key&) const = default;
  };
  std::map<Key, std::vector<const ir::Service*>> builds;
  std::vector<Key> order;
  for (const auto& service : app.services) {
    if (!service.build || !service.build->definition) continue;
    Key key{service.build->definition.get(), service.build->target ? service.build->target->value : ""};
    auto [it, inserted] = builds.try_emplace(key);
    if (inserted) order.push_back(key);
    it->second.push_back(&service);
  }
  for (const auto& key : order) {
    const auto& services = builds[key];
    const ir::ServiceBuild& build = *services.front()->build;
    std::optional<std::size_t> target;
    if (!key.target.empty()) target = build.definition->stage_index(key.target);
    for (auto& f : dockerfile_findings(*build.dockerfile_source, *build.definition, config, fs, target)) {
      // A service's own `healthcheck:` or `user:` replaces what the Dockerfile says about it.
      std::vector<const ir::Service*> affected;
      for (const auto* service : services) {
        if (!knowledge::service_overrides(*service, f.rule->name)) affected.push_back(service);
      }
      if (affected.empty()) continue;
      std::string prefix = affected.size() == 1 ? "service " : "services ";
      for (std::size_t i = 0; i < affected.size(); ++i) prefix += (i ? ", " : "") + affected[i]->name.value;
      f.message = prefix + ": " + f.message;
      f.file = build.dockerfile_source;
      out.push_back(std::move(f));
    }
  }
}

std::vector<Finding> analyze_compose(const SourceFile& file, const Config& config, const FileSystem* fs) {
  // The loader shares files by pointer; the caller owns this one, so the pointer owns nothing.
  std::shared_ptr<const SourceFile> self(std::shared_ptr<const SourceFile>(), &file);
  compose::LoadOptions options;
  options.fs = fs;
  ir::Application app = compose::load_compose(self, options);
  std::vector<Finding> findings = run_rules(file, InputKind::Compose, config, {nullptr, nullptr, &app, fs});
  // Findings about values written in an override, included or `extends` file belong to that file.
  for (auto& f : findings) {
    if (f.span.file != file.id()) {
      if (auto other = app.file_of(f.span); other && other.get() != &file) f.file = other;
    }
  }
  ComposeSuppressions suppressions(file, RuleRegistry::instance());
  std::erase_if(findings, [&](const Finding& f) { return suppressions.suppressed(f); });
  for (auto& f : findings) {
    if (auto it = config.severity.find(f.rule->id); it != config.severity.end()) f.severity = it->second;
  }
  add_service_dockerfile_findings(app, config, fs, findings);
  return findings;
}

}  // namespace

std::vector<Finding> analyze_source(const SourceFile& file, InputKind kind, const Config& config,
                                    const FileSystem* fs) {
  std::vector<Finding> findings;
  if (kind == InputKind::Dockerfile) {
    ir::BuildDefinition build = frontends::parse_dockerfile(file);
    findings = dockerfile_findings(file, build, config, fs);
  } else if (kind == InputKind::Compose) {
    findings = analyze_compose(file, config, fs);
  }
  sort_findings(findings);
  return findings;
}

}  // namespace dlint
