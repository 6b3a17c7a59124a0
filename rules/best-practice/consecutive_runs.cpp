// BP036: consecutive short RUN instructions that could be one.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

// Top-level commands of a shell-form RUN without heredocs; nullopt when it cannot be merged by hand
// simply (exec form, heredocs, parse errors).
std::optional<std::size_t> command_count(const ir::Op& op) {
  const auto* run = op.as<ir::RunOp>();
  if (!run || run->command.form != ir::Command::Form::Shell || !run->command.heredocs.empty() ||
      !run->command.script.errors.empty()) {
    return std::nullopt;
  }
  std::size_t count = 0;
  for (const auto& command : run->command.script.commands) {
    if (!command.in_substitution) ++count;
  }
  return count;
}

bool same_flags(const ir::Op& a, const ir::Op& b) {
  if (a.flags.size() != b.flags.size()) return false;
  for (std::size_t i = 0; i < a.flags.size(); ++i) {
    const auto& x = a.flags[i];
    const auto& y = b.flags[i];
    if (x.name != y.name || x.value.has_value() != y.value.has_value()) return false;
    if (x.value && x.value->value != y.value->value) return false;
  }
  return true;
}

class ConsecutiveRuns final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP036",
        .name = "consecutive-runs",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "two consecutive short RUN instructions with the same flags that could be one",
        .rationale =
            "Every RUN adds a layer; two short RUNs in a row (`RUN mkdir /app` then `RUN chown app /app`) "
            "cost a layer and a cache entry for nothing, and a cleanup in the second does not shrink the "
            "first. Join them with &&. As in hadolint, only RUNs of at most two commands each, with the same "
            "flags, directly after one another (comments between are fine) are reported, and only in the "
            "stages of the final image: build stages often split RUNs on purpose, to cache the slow part.",
        .bad_example = "RUN mkdir /app\nRUN chown app /app\n",
        .good_example = "RUN mkdir /app && chown app /app\n",
        .aliases = {"DL3059"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    for (const auto& stage : ctx.build->stages) {
      if (!in_image[stage.index]) continue;
      const ir::Op* previous = nullptr;
      for (const auto& op : stage.ops) {
        if (op.kind != ir::OpKind::Run) {
          previous = nullptr;
          continue;
        }
        auto count = command_count(op);
        if (previous && count && *count <= 2 && same_flags(*previous, op)) {
          auto before = command_count(*previous);
          if (before && *before <= 2) {
            ctx.report(op.keyword.span,
                       "this RUN directly follows another short RUN with the same flags; join them "
                       "with && to save a layer");
          }
        }
        previous = count ? &op : nullptr;
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(ConsecutiveRuns);

}  // namespace dlint::rules
