// COR101: a key, type or value the Compose Specification does not allow.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class ComposeSchemaViolation final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR101",
        .name = "compose-schema-violation",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Compose},
        .summary = "A key, type or value the Compose Specification does not allow",
        .rationale =
            "docker compose validates the merged project against the Compose Specification and stops at "
            "the first unknown key, wrong type or value outside an enumeration. dlint reports every one "
            "of them at the key or value, with the closest valid key when there is one, so a typo such "
            "as `enviroment:` is found before it silently drops a service's settings.",
        .bad_example = "services:\n  web:\n    image: nginx:1.27\n    enviroment:\n      - DEBUG=1\n",
        .good_example = "services:\n  web:\n    image: nginx:1.27\n    environment:\n      - DEBUG=1\n",
        .fixable = false,
        .aliases = {"invalid-schema"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& error : ctx.application->schema_errors) ctx.report(error.span, error.message);
  }
};

}  // namespace

DLINT_REGISTER_RULE(ComposeSchemaViolation);

}  // namespace dlint::rules
