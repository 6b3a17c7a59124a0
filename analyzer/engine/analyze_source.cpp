#include "engine/analyze_source.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "context/load_build_context.hpp"
#include "engine/compose_suppressions.hpp"
#include "engine/dockerignore_suppressions.hpp"
#include "engine/rule.hpp"
#include "engine/suppressions.hpp"
#include "frontends/compose/load_compose.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "frontends/luakit/parse_luakit.hpp"
#include "frontends/runtoml/load_run_toml.hpp"
#include "ir/application.hpp"
#include "ir/image_config.hpp"
#include "ir/run_toml.hpp"
#include "knowledge/compose_overrides.hpp"
#include "knowledge/image_size.hpp"
#include "portability/image_assessment.hpp"
#include "portability/service_assessment.hpp"
#include "source/file_system.hpp"

namespace dlint {

const std::vector<InputKind>& analyzed_kinds() {
  static const std::vector<InputKind> kinds = {InputKind::Dockerfile, InputKind::Dockerignore, InputKind::Compose,
                                               InputKind::RunToml, InputKind::Luakit};
  return kinds;
}

bool is_analyzed_kind(InputKind kind) {
  const auto& kinds = analyzed_kinds();
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

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
  const ir::Application* application = nullptr;
  const ir::LuakitScript* luakit = nullptr;
  const ir::RunTomlProject* run_toml = nullptr;
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
    ctx.application = in.application;
    ctx.luakit = in.luakit;
    ctx.run_toml = in.run_toml;
    rule->check(ctx);
  }
  return findings;
}

// Findings in the input itself first, then those in other files, each by position.
void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    auto key = [](const Finding& f) {
      return std::make_tuple(f.file ? 1 : 0, f.file ? f.file->path() : std::string(), f.span.begin, f.span.end,
                             std::string_view(f.rule->id));
    };
    return key(a) < key(b);
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

// How one build is analyzed: a Dockerfile or Luakit script on its own (`options` from the caller), or a
// Dockerfile as a compose service's build.
struct DockerfileRun {
  InputKind kind = InputKind::Dockerfile;
  const ir::LuakitScript* luakit = nullptr;  // a Luakit script's own facts (exports, sandbox calls, ...)
  const FileSystem* fs = nullptr;
  std::optional<std::string> context_dir = std::nullopt;  // nullopt: the Dockerfile's directory
  std::optional<std::size_t> target = std::nullopt;       // nullopt: the last stage
  std::vector<Finding>* suppressed = nullptr;
  std::optional<knowledge::ImageSizeEstimate>* image_size = nullptr;
  std::vector<portability::Assessment>* verdicts = nullptr;  // receives the image's verdict
};

// A parsed build's findings: its build context and size estimate, the rules, its own suppression comments,
// severity overrides.
std::vector<Finding> dockerfile_findings(const SourceFile& file, const ir::BuildDefinition& build, const Config& config,
                                         const DockerfileRun& run) {
  std::optional<ir::ImageConfig> image;
  // A Luakit script without a decidable export has no image to speak of.
  if (run.kind != InputKind::Luakit || run.target) image = ir::derive_image_config(build, run.target);
  std::optional<ir::BuildContext> context;
  if (run.fs != nullptr) context = context::load_build_context(*run.fs, file.path(), run.context_dir);
  knowledge::SizeInputs size_inputs;
  size_inputs.fs = run.fs;
  size_inputs.context_dir = context ? context->directory() : run.context_dir.value_or(parent_path(file.path()));
  // What the .dockerignore leaves out is not sent, so it does not count towards COPY sizes either.
  if (context) size_inputs.excluded = [&context](const std::string& path) { return context->excluded(path); };
  std::optional<knowledge::ImageSizeEstimate> size = knowledge::estimate_image_size(build, size_inputs);
  std::vector<Finding> findings = run_rules(file, run.kind, config,
                                            RuleInputs{.build = &build,
                                                       .image = image ? &*image : nullptr,
                                                       .fs = run.fs,
                                                       .context = context ? &*context : nullptr,
                                                       .image_size = size ? &*size : nullptr,
                                                       .luakit = run.luakit});
  if (run.verdicts != nullptr && !build.stages.empty()) {
    run.verdicts->push_back(portability::assess_image(portability::ImageInputs{.path = file.path(),
                                                                               .build = &build,
                                                                               .image = image ? &*image : nullptr,
                                                                               .context = context ? &*context : nullptr,
                                                                               .size = size ? &*size : nullptr}));
  }
  if (run.image_size != nullptr) *run.image_size = std::move(size);

  Suppressions suppressions(build, RuleRegistry::instance());
  std::vector<Finding> kept;
  for (auto& f : findings) {
    if (!suppressions.suppressed(f)) {
      kept.push_back(std::move(f));
    } else if (run.suppressed != nullptr) {
      run.suppressed->push_back(std::move(f));
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
  if (run.suppressed != nullptr) {
    std::for_each(run.suppressed->begin(), run.suppressed->end(), override_severity);
    sort_findings(*run.suppressed);
  }
  return findings;
}

// Whether a suppression comment in the compose file silences a finding of the Dockerfile `service`
// builds: one aimed at a line from the service's key through its `build:` entry, or a file-wide one.
bool service_suppresses(const ir::Service& service, const SourceFile& compose_file,
                        const ComposeSuppressions& suppressions, const Finding& finding) {
  if (service.name.span.file != compose_file.id()) {
    return suppressions.suppressed_in(finding.rule->id, 0, 0);  // defined elsewhere: file-wide comments only
  }
  // A mapping's span is only where it starts, so the extent of `build:` is that of the values in it.
  std::uint32_t last = service.name.span.start.line;
  auto extend = [&](const Span& span) {
    if (span.file == compose_file.id()) last = std::max(last, span.end_pos.line);
  };
  if (const auto& build = service.build) {
    extend(build->span);
    extend(build->context.span);
    if (build->dockerfile) extend(build->dockerfile->span);
    if (build->target) extend(build->target->span);
    for (const auto& entry : build->args) extend(entry.span);
    for (const auto& entry : build->labels) extend(entry.span);
  }
  return suppressions.suppressed_in(finding.rule->id, service.name.span.start.line, last);
}

// The findings of the Dockerfiles the services build, in those files, each message naming the services.
// A Dockerfile built by several services with the same target is analyzed once. With `verdicts`, the
// verdict of every service, each built image assessed once too.
void add_service_dockerfile_findings(const ir::Application& app, const SourceFile& compose_file,
                                     const ComposeSuppressions& suppressions, const Config& config,
                                     const FileSystem* fs, std::vector<Finding>& out,
                                     std::vector<portability::Assessment>* verdicts) {
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
  std::map<const ir::Service*, portability::Assessment> built;
  for (const auto& key : order) {
    const auto& services = builds[key];
    const ir::ServiceBuild& build = *services.front()->build;
    std::optional<std::size_t> target;
    if (!key.target.empty()) target = build.definition->stage_index(key.target);
    std::vector<portability::Assessment> image_verdict;
    DockerfileRun run{.fs = fs,
                      .context_dir = build.context_path,
                      .target = target,
                      .verdicts = verdicts != nullptr ? &image_verdict : nullptr};
    // A `target:` naming no stage builds nothing dlint can judge.
    if (!key.target.empty() && !target) run.verdicts = nullptr;
    for (auto& f : dockerfile_findings(*build.dockerfile_source, *build.definition, config, run)) {
      // A service's own `healthcheck:` or `user:` replaces what the Dockerfile says about it.
      std::vector<const ir::Service*> affected;
      for (const auto* service : services) {
        if (knowledge::service_overrides(*service, f.rule->name)) continue;
        if (service_suppresses(*service, compose_file, suppressions, f)) continue;
        affected.push_back(service);
      }
      if (affected.empty()) continue;
      std::string prefix = affected.size() == 1 ? "service " : "services ";
      for (std::size_t i = 0; i < affected.size(); ++i) prefix += (i ? ", " : "") + affected[i]->name.value;
      f.message = prefix + ": " + f.message;
      f.file = build.dockerfile_source;
      out.push_back(std::move(f));
    }
    if (!image_verdict.empty()) {
      for (const auto* service : services) built.emplace(service, image_verdict.front());
    }
  }
  if (verdicts == nullptr) return;
  for (const auto& service : app.services) {
    auto it = built.find(&service);
    verdicts->push_back(portability::assess_service(app, service, it != built.end() ? &it->second : nullptr));
  }
}

std::vector<Finding> analyze_compose(const SourceFile& file, const Config& config, const FileSystem* fs,
                                     const std::vector<std::string>& merged_files,
                                     std::vector<portability::Assessment>* verdicts) {
  // The loader shares files by pointer; the caller owns this one, so the pointer owns nothing.
  std::shared_ptr<const SourceFile> self(std::shared_ptr<const SourceFile>(), &file);
  compose::LoadOptions options;
  options.fs = fs;
  options.extra_files = merged_files;
  options.read_override_file = merged_files.empty();
  ir::Application app = compose::load_compose(self, options);
  std::vector<Finding> findings =
      run_rules(file, InputKind::Compose, config, RuleInputs{.fs = fs, .application = &app});
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
  add_service_dockerfile_findings(app, file, suppressions, config, fs, findings, verdicts);
  return findings;
}

// A run.toml in either dialect: its Application and its own facts, then `# dlint ignore=` comments.
std::vector<Finding> analyze_run_toml(const SourceFile& file, const Config& config, const FileSystem* fs,
                                      std::vector<portability::Assessment>* verdicts) {
  std::shared_ptr<const SourceFile> self(std::shared_ptr<const SourceFile>(), &file);
  ir::RunTomlProject project = runtoml::load_run_toml(self);
  std::vector<Finding> findings =
      run_rules(file, InputKind::RunToml, config,
                RuleInputs{.fs = fs, .application = &project.application, .run_toml = &project});
  ComposeSuppressions suppressions(file, RuleRegistry::instance(), CommentSyntax::Toml);
  std::erase_if(findings, [&](const Finding& f) { return suppressions.suppressed(f); });
  apply_severity_overrides(findings, config);
  // Components are WASI already; bridges and docker entries are judged as containers with an image.
  if (verdicts != nullptr) {
    for (const auto& service : project.application.services) {
      verdicts->push_back(portability::assess_service(project.application, service, nullptr));
    }
  }
  return findings;
}

}  // namespace

std::vector<Finding> analyze_source(const SourceFile& file, InputKind kind, const Config& config,
                                    const AnalysisOptions& options) {
  std::vector<Finding> findings;
  if (kind == InputKind::Dockerfile) {
    ir::BuildDefinition build = frontends::parse_dockerfile(file);
    findings = dockerfile_findings(file, build, config,
                                   DockerfileRun{.fs = options.fs,
                                                 .context_dir = options.context_dir,
                                                 .suppressed = options.suppressed,
                                                 .image_size = options.image_size,
                                                 .verdicts = options.verdicts});
  } else if (kind == InputKind::Luakit) {
    // The script lowers to the same build model; the exported stage (if any) is the image.
    frontends::LuakitParse luakit = frontends::parse_luakit(file);
    findings = dockerfile_findings(file, luakit.build, config,
                                   DockerfileRun{.kind = InputKind::Luakit,
                                                 .luakit = &luakit.script,
                                                 .fs = options.fs,
                                                 .context_dir = options.context_dir,
                                                 .target = luakit.target,
                                                 .suppressed = options.suppressed,
                                                 .image_size = options.image_size,
                                                 .verdicts = options.verdicts});
  } else if (kind == InputKind::Compose) {
    findings = analyze_compose(file, config, options.fs, options.compose_files, options.verdicts);
  } else if (kind == InputKind::RunToml) {
    findings = analyze_run_toml(file, config, options.fs, options.verdicts);
  } else if (kind == InputKind::Dockerignore) {
    findings = analyze_dockerignore(file, config, options.fs);
  }
  sort_findings(findings);
  return findings;
}

}  // namespace dlint
