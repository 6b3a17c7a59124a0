// COR100: the compose file is not valid YAML, repeats a key, or cannot be resolved (interpolation,
// `extends`, `include`).
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class ComposeSyntaxError final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR100",
        .name = "compose-syntax-error",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Compose},
        .summary = "The compose file cannot be read as docker compose reads it",
        .rationale =
            "docker compose refuses a file that is not valid YAML, that repeats a key in one mapping (two "
            "services with the same name, say), whose `${VAR:?message}` names a variable that is not set, "
            "or whose `extends` / `include` point at nothing. dlint reports each of these with its "
            "position and keeps analyzing everything it could read.",
        .bad_example = "services:\n  web:\n    image: nginx:1.27\n  web:\n    image: httpd:2.4\n",
        .good_example = "services:\n  web:\n    image: nginx:1.27\n  api:\n    image: httpd:2.4\n",
        .fixable = false,
        .aliases = {"invalid-yaml"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& error : ctx.application->syntax_errors) ctx.report(error.span, error.message);
  }
};

}  // namespace

DLINT_REGISTER_RULE(ComposeSyntaxError);

}  // namespace dlint::rules
