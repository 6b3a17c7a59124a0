// COR102: a file the compose project names (env_file, a secret's or config's `file:`, an `extends` or
// `include` file) does not exist.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "source/file_system.hpp"

namespace dlint::rules {
namespace {

class ComposeReferencedFileMissing final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR102",
        .name = "compose-referenced-file-missing",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Compose},
        .summary = "An env_file, secret file, config file, `extends` or `include` file does not exist",
        .rationale =
            "docker compose stops when a file the project needs is not there: an `env_file` (unless it is "
            "marked `required: false`), the `file:` of a top-level secret or config, the file an `extends` "
            "or `include` names. Paths are resolved the way compose resolves them, against the directory "
            "of the file they are written in. Nothing is reported when the compose file is read from "
            "standard input.",
        .bad_example = "services:\n  api:\n    image: api:1.4\n    env_file: .env.production\n",
        .good_example =
            "services:\n  api:\n    image: api:1.4\n    env_file:\n      - path: .env.production\n"
            "        required: false\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application || !ctx.fs) return;
    const ir::Application& app = *ctx.application;
    for (const auto& missing : app.missing_files) ctx.report(missing.span, missing.message);
    for (const auto& service : app.services) {
      for (const auto& env_file : service.env_files) {
        if (!env_file.required || env_file.path.value.find('$') != std::string::npos) continue;
        if (ctx.fs->stat(env_file.resolved_path)) continue;
        ctx.report(env_file.path.span, "service " + service.name.value + " reads the env_file " + env_file.path.value +
                                           ", which does not exist");
      }
    }
    auto check_files = [&](const std::vector<ir::Resource>& resources, std::string_view what) {
      for (const auto& r : resources) {
        if (!r.file || r.external || r.file->value.find('$') != std::string::npos) continue;
        if (ctx.fs->stat(r.file_path)) continue;
        ctx.report(r.file->span, std::string(what) + " " + r.name.value + " is read from " + r.file->value +
                                     ", which does not exist");
      }
    };
    check_files(app.secrets, "secret");
    check_files(app.configs, "config");
  }
};

}  // namespace

DLINT_REGISTER_RULE(ComposeReferencedFileMissing);

}  // namespace dlint::rules
