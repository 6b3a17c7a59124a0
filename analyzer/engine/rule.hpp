#pragma once
// The contract every rule implements. A rule is one class in one file under rules/<family>/, with its
// metadata next to its logic, registered with DLINT_REGISTER_RULE. Rules read the IR handed to them in
// the RuleContext and report findings through it; they do no I/O.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.hpp"
#include "engine/input_kind.hpp"
#include "engine/severity.hpp"

namespace dlint {

class SourceFile;
class FileSystem;
struct Config;
namespace ir {
class BuildContext;
struct BuildDefinition;
struct ImageConfig;
struct Application;
struct LuakitScript;
struct RunTomlProject;
}  // namespace ir
namespace knowledge {
struct ImageSizeEstimate;
}

struct RuleMeta {
  std::string_view id;      // stable, e.g. "SEC001"; never reused
  std::string_view name;    // kebab-case, e.g. "final-image-runs-as-root"
  std::string_view family;  // correctness, best-practice, security, cache, size, portability, style
  Severity severity = Severity::Warning;
  std::vector<InputKind> kinds;
  std::string_view summary;    // one line
  std::string_view rationale;  // why it matters, a paragraph
  std::string_view bad_example;
  std::string_view good_example;
  bool fixable = false;
  std::vector<std::string_view> aliases;  // hadolint DLxxxx codes, BuildKit check names, ...
  bool enabled_by_default = true;
};

class RuleContext {
 public:
  RuleContext(const SourceFile& file, const Config& config, const RuleMeta& rule, std::vector<Finding>& out)
      : file_(file), config_(config), rule_(rule), out_(out) {}

  [[nodiscard]] const SourceFile& file() const { return file_; }
  [[nodiscard]] const Config& config() const { return config_; }

  // Set for Dockerfile and Luakit inputs (null otherwise): the parsed build and the final image's configuration.
  const ir::BuildDefinition* build = nullptr;
  const ir::ImageConfig* image = nullptr;
  // Set for compose and run.toml inputs (null otherwise): the project's services, merged and interpolated.
  const ir::Application* application = nullptr;
  // Set for run.toml inputs: what the file says beside its Application (dialect, variables, ...).
  const ir::RunTomlProject* run_toml = nullptr;
  // Set for Luakit inputs: what the script says beside its build (exports, sandbox calls, ...).
  const ir::LuakitScript* luakit = nullptr;
  // The files around the input (its build context, the files it names); null when analysis runs on text
  // alone, e.g. stdin. Rules that need the disk say nothing when it is absent.
  const FileSystem* fs = nullptr;
  // The build context: for a Dockerfile, what `docker build` would send (null without fs, or when the
  // context directory does not exist); for a .dockerignore, the directory beside it with this file as its
  // ignore file (always set; without fs it has patterns but no files).
  const ir::BuildContext* context = nullptr;
  // Set for Dockerfile inputs with at least one stage: the estimated size of each stage and layer.
  const knowledge::ImageSizeEstimate* image_size = nullptr;

  void report(const Span& span, std::string message, std::optional<Fix> fix = std::nullopt);
  // With the other places that explain the finding (another stage, the file a compose service builds).
  void report(const Span& span, std::string message, std::optional<Fix> fix, std::vector<RelatedLocation> related);
  // A finding whose source text holds a secret at `secret`: reporters mask those bytes when they quote
  // the line.
  void report_secret(const Span& span, std::string message, const Span& secret);

 private:
  const SourceFile& file_;
  const Config& config_;
  const RuleMeta& rule_;
  std::vector<Finding>& out_;
};

class Rule {
 public:
  virtual ~Rule() = default;
  [[nodiscard]] virtual const RuleMeta& meta() const = 0;
  virtual void check(RuleContext& ctx) const = 0;
};

class RuleRegistry {
 public:
  static RuleRegistry& instance();
  void add(std::unique_ptr<Rule> rule);
  // All rules, sorted by id.
  [[nodiscard]] const std::vector<std::unique_ptr<Rule>>& rules() const;
  // Look a rule up by id, name or alias (case-insensitive).
  [[nodiscard]] const Rule* find(std::string_view key) const;

 private:
  std::vector<std::unique_ptr<Rule>> rules_;  // sorted by id
};

template <class R>
struct RuleRegistrar {
  RuleRegistrar() { RuleRegistry::instance().add(std::make_unique<R>()); }
};

}  // namespace dlint

// Registers a rule class at start-up; put it at the end of the rule's own file.
#define DLINT_REGISTER_RULE(Class) \
  static const ::dlint::RuleRegistrar<Class> dlint_registrar_##Class {}
