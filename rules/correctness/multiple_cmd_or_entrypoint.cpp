// COR005: more than one CMD, or more than one ENTRYPOINT, in a stage; only the last takes effect.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

class MultipleCmdOrEntrypoint final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR005",
        .name = "multiple-cmd-or-entrypoint",
        .family = "correctness",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "A stage has more than one CMD, or more than one ENTRYPOINT",
        .rationale =
            "An image has one command: each CMD replaces the previous one and each ENTRYPOINT the previous "
            "ENTRYPOINT, so all but the last of a stage are dead code. They usually come from a misreading - "
            "expecting them all to run, or to run in sequence - or from a copy-paste, and whoever reads the "
            "file has to know which one wins. Each overridden CMD and ENTRYPOINT is reported; keep only the "
            "last. CMD or ENTRYPOINT inherited from a base image or parent stage, and ONBUILD triggers, are "
            "not counted.",
        .bad_example = "FROM python:3.12-slim\nCMD [\"python\", \"migrate.py\"]\nCMD [\"python\", \"app.py\"]\n",
        .good_example = "FROM python:3.12-slim\nCMD [\"sh\", \"-c\", \"python migrate.py && exec python app.py\"]\n",
        .fixable = false,
        .aliases = {"DL4003", "DL4004", "MultipleInstructionsDisallowed", "DS007", "DS-0007", "DS016", "DS-0016"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      for (ir::OpKind kind : {ir::OpKind::Cmd, ir::OpKind::Entrypoint}) {
        const ir::Op* previous = nullptr;
        for (const auto& op : stage.ops) {
          if (op.kind != kind) continue;
          if (previous) report(ctx, *previous, op);
          previous = &op;
        }
      }
    }
  }

 private:
  static void report(RuleContext& ctx, const ir::Op& overridden, const ir::Op& later) {
    std::string_view name = ir::op_kind_name(overridden.kind);
    ctx.report(overridden.keyword.span,
               concat({name, " is overridden by the ", name, " on line ", std::to_string(later.span.start.line),
                       "; only the last one in a stage takes effect"}));
  }
};

}  // namespace

DLINT_REGISTER_RULE(MultipleCmdOrEntrypoint);

}  // namespace dlint::rules
