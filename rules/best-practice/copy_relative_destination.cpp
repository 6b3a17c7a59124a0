// BP052: COPY/ADD to a relative destination with no WORKDIR set in the stage or the stages it is built on.
#include <vector>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/syntax_errors.hpp"

namespace dlint::rules {
namespace {

bool relative(std::string_view path) {
  if (path.empty() || path[0] == '/' || path[0] == '$' || path[0] == '\\') return false;
  if (path.size() >= 2 && path[1] == ':') return false;  // C:\app
  return true;
}

class CopyRelativeDestination final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP052",
        .name = "copy-relative-destination",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "COPY to a relative destination before any WORKDIR",
        .rationale =
            "A relative COPY or ADD destination is resolved against the working directory, which, before any "
            "WORKDIR, is whatever the base image set: `/` for most, but `/go`, `/usr/src/app` or `/home/node` for "
            "others, and it can change with a new base version. Set WORKDIR first, or copy to an absolute path. "
            "A WORKDIR in a stage this one is built FROM counts. Stages on an external base are reported too: "
            "the base image's WORKDIR cannot be known without pulling it, and relying on it is what this rule "
            "is about.",
        .bad_example = "FROM node:20-alpine\nCOPY package.json .\n",
        .good_example = "FROM node:20-alpine\nWORKDIR /app\nCOPY package.json .\n",
        .fixable = false,
        .aliases = {"DL3045"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& stages = ctx.build->stages;
    std::vector<bool> has_workdir(stages.size(), false);
    for (const auto& stage : stages) {
      bool set = stage.base_stage && *stage.base_stage < stage.index && has_workdir[*stage.base_stage];
      for (const auto& op : stage.ops) {
        if (op.kind == ir::OpKind::Workdir) set = true;
        if (set || (op.kind != ir::OpKind::Copy && op.kind != ir::OpKind::Add)) continue;
        const auto* copy = op.as<ir::CopyOp>();
        if (!copy || !relative(copy->destination.value) || has_syntax_error(*ctx.build, op)) continue;
        ctx.report(copy->destination.span,
                   concat({"`", copy->destination.value,
                           "` is relative to the base image's working directory; set WORKDIR first or use an "
                           "absolute path"}));
      }
      has_workdir[stage.index] = set;
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(CopyRelativeDestination);

}  // namespace dlint::rules
