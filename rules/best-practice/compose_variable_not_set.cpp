// BP106: `${VAR}` with no value in the .env beside the compose file and no default.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class ComposeVariableNotSet final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP106",
        .name = "compose-variable-not-set",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Compose},
        .summary = "A `${VAR}` has no value in .env and no default",
        .rationale =
            "docker compose replaces an unset variable with an empty string (and warns), which turns "
            "`image: app:${TAG}` into `app:` and `ports: [\"${PORT}:80\"]` into a random port. A "
            "`${VAR:?message}` without a value stops compose altogether. dlint reads the `.env` beside "
            "the compose file (not the environment of the shell, so results do not depend on it): give "
            "the variable a value there or a default (`${TAG:-1.4}`).",
        .bad_example = "services:\n  api:\n    image: api:${TAG}\n",
        .good_example = "services:\n  api:\n    image: api:${TAG:-1.4}\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& unset : ctx.application->unset_variables) ctx.report(unset.span, unset.message);
    for (const auto& required : ctx.application->required_variables) {
      ctx.report(required.span, required.message + "; docker compose stops unless the environment sets it");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(ComposeVariableNotSet);

}  // namespace dlint::rules
