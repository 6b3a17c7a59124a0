// COR006: more than one HEALTHCHECK in a stage; only the last takes effect.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

class MultipleHealthcheck final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR006",
        .name = "multiple-healthcheck",
        .family = "correctness",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "A stage has more than one HEALTHCHECK",
        .rationale =
            "An image has one health check: each HEALTHCHECK replaces the previous one, so all but the last of "
            "a stage never run. Checks meant to run together must go into one command (`CMD a && b`). Each "
            "overridden HEALTHCHECK is reported, `HEALTHCHECK NONE` included; one inherited from a base image "
            "or parent stage, and ONBUILD triggers, are not counted.",
        .bad_example =
            "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/\n"
            "HEALTHCHECK CMD curl -f http://localhost/api\n",
        .good_example =
            "FROM nginx:1.27\n"
            "HEALTHCHECK CMD curl -f http://localhost/ && curl -f http://localhost/api\n",
        .fixable = false,
        .aliases = {"DL3012", "DS023", "DS-0023"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      const ir::Op* previous = nullptr;
      for (const auto& op : stage.ops) {
        if (op.kind != ir::OpKind::Healthcheck) continue;
        if (previous) {
          ctx.report(previous->keyword.span,
                     concat({"HEALTHCHECK is overridden by the HEALTHCHECK on line ",
                             std::to_string(op.span.start.line), "; only the last one in a stage takes effect"}));
        }
        previous = &op;
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(MultipleHealthcheck);

}  // namespace dlint::rules
