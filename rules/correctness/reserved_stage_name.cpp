// COR011: a stage is named `scratch` or `context`, names BuildKit reserves.
#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"

namespace dlint::rules {
namespace {

class ReservedStageName final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR011",
        .name = "reserved-stage-name",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Dockerfile},
        .summary = "A stage uses a reserved name (scratch, context)",
        .rationale =
            "`scratch` always means the empty image and `context` the build context in `--from` and "
            "`--mount=from=`; a stage with either name can never be referred to.",
        .bad_example = "FROM alpine:3.19 AS scratch\n",
        .good_example = "FROM alpine:3.19 AS base\n",
        .fixable = false,
        .aliases = {"DL3063", "ReservedStageName"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      if (!stage.name) continue;
      std::string name = stage.name->value;
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      if (name == "scratch" || name == "context") {
        ctx.report(stage.name->span, "'" + stage.name->value + "' is reserved and cannot name a stage");
      }
    }
  }
};

DLINT_REGISTER_RULE(ReservedStageName);

}  // namespace
}  // namespace dlint::rules
