// COR207: a `${VAR}` in a run.toml that nothing in the file defines.
#include "engine/rule.hpp"
#include "ir/run_toml.hpp"

namespace dlint::rules {
namespace {

class RunTomlUndefinedVariable final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR207",
        .name = "run-toml-undefined-variable",
        .family = "correctness",
        .severity = Severity::Info,
        .kinds = {InputKind::RunToml},
        .summary = "A `${VAR}` that no env table, profile, capability or docker entry defines",
        .rationale =
            "A reference such as `${DATABASE_URL}` is only filled when something provides the variable: an "
            "env table, a profile, an `env:VAR` capability or a docker entry's `env_var`. One that nothing "
            "in the file defines must come from the environment the runtime is started in; when it is not "
            "there the value is empty. Often it is a typo of a variable that is defined.",
        .bad_example =
            "[components.web]\npath = \"web.wasm\"\n\n[components.web.env]\nDB = \"${DATABSE_URL}\"\n\n"
            "[docker.db]\nurl = \"http://db:5432\"\nenv_var = \"DATABASE_URL\"\n",
        .good_example =
            "[components.web]\npath = \"web.wasm\"\n\n[components.web.env]\nDB = \"${DATABASE_URL}\"\n\n"
            "[docker.db]\nurl = \"http://db:5432\"\nenv_var = \"DATABASE_URL\"\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.run_toml) return;
    for (const auto& ref : ctx.run_toml->references) {
      if (ctx.run_toml->defines(ref.name)) continue;
      ctx.report(ref.span, "`${" + ref.name +
                               "}` is not defined in this file (no env table, profile, `env:` capability or docker "
                               "`env_var` names it); it must come from the runtime's environment");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(RunTomlUndefinedVariable);

}  // namespace dlint::rules
