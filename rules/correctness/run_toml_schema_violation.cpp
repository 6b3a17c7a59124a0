// COR201: a key or type neither run.toml dialect allows.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class RunTomlSchemaViolation final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR201",
        .name = "run-toml-schema-violation",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::RunToml},
        .summary = "A run.toml key or value type that the runtime does not read",
        .rationale =
            "The run runtime silently ignores keys it does not know and values of the wrong type, so a typo "
            "such as `capabilites` drops a component's permissions without a word. dlint checks every key "
            "and type against the runtime's sections ([project], [components.NAME], [docker.NAME], [dev], "
            "[build], [registry], [deploy.NAME], [tests.NAME], [plugins.NAME], [dependencies]) and the "
            "migration guide's ([package], [[component]], [bridge.NAME], [env.PROFILE]), and reports each "
            "violation at its key or value, with the closest known key.",
        .bad_example = "[components.web]\npath = \"web.wasm\"\ncapabilites = [\"net:listen:8080\"]\n",
        .good_example = "[components.web]\npath = \"web.wasm\"\ncapabilities = [\"net:listen:8080\"]\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& error : ctx.application->schema_errors) ctx.report(error.span, error.message);
  }
};

}  // namespace

DLINT_REGISTER_RULE(RunTomlSchemaViolation);

}  // namespace dlint::rules
