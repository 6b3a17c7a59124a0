// SEC208: a secret written into a run.toml: the registry token, or a password or token in an env table.
#include "engine/rule.hpp"
#include "ir/run_toml.hpp"
#include "knowledge/secret_patterns.hpp"
#include "rules/support/inline_secrets.hpp"

namespace dlint::rules {
namespace {

class RunTomlInlineSecret final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC208",
        .name = "run-toml-inline-secret",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::RunToml},
        .summary = "A registry token, password or key is written in run.toml",
        .rationale =
            "run.toml is committed with the project, so a `[registry] auth_token`, or a password or token in "
            "a component's, bridge's or profile's env, is readable by everyone with the repository. Write a "
            "reference instead (`auth_token = \"${RUN_AUTH_TOKEN}\"`) and provide the value from the "
            "environment. Messages show at most four characters of a secret.",
        .bad_example = "[registry]\nurl = \"https://registry.example.com\"\nauth_token = \"rk_live_8f2a9c1e\"\n",
        .good_example = "[registry]\nurl = \"https://registry.example.com\"\nauth_token = \"${RUN_AUTH_TOKEN}\"\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.run_toml) return;
    const ir::RunTomlProject& project = *ctx.run_toml;
    if (const auto& token = project.registry_auth_token; token && !reference(token->value) && !token->value.empty()) {
      ctx.report_secret(token->span,
                        "[registry] auth_token is written in the file (" + knowledge::redact_secret(token->value) +
                            "); use `\"${RUN_AUTH_TOKEN}\"` and set it in the environment",
                        token->span);
    }
    for (const auto& service : project.application.services) {
      std::string owner = (service.component ? "component " : "bridge ") + service.name.value;
      for (const auto& entry : service.environment) check_entry(ctx, owner, entry);
    }
    for (const auto& profile : project.profiles) {
      for (const auto& entry : profile.env) check_entry(ctx, "profile " + profile.name.value, entry);
    }
  }

 private:
  static bool reference(const std::string& value) { return value.find("${") != std::string::npos; }

  static void check_entry(RuleContext& ctx, const std::string& owner, const ir::KeyValueEntry& entry) {
    if (!entry.value || entry.value->value.empty() || reference(entry.value->value)) return;
    std::string where = owner + ": env " + entry.key.value;
    const std::string advice = "reference it as `${" + entry.key.value + "}` instead";
    report_inline_secret(ctx, entry, where, advice, advice);
  }
};

}  // namespace

DLINT_REGISTER_RULE(RunTomlInlineSecret);

}  // namespace dlint::rules
