// BP054: the final image lacks a label the configured `label-schema` requires.
#include <set>

#include "engine/config.hpp"
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/label_keys.hpp"

namespace dlint::rules {
namespace {

class MissingRequiredLabel final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP054",
        .name = "missing-required-label",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "The final image lacks a label the label-schema requires",
        .rationale =
            "A `label-schema` in the config (`label-schema: {org.opencontainers.image.source: url}`) lists the "
            "labels every image must carry, so that registries, scanners and people can tell where an image "
            "comes from and who owns it. Only the final image is checked: the target stage and the stages it "
            "is built FROM, whose labels it inherits; build stages need no labels. Labels the base image sets "
            "cannot be seen. Silent when no schema is configured.",
        .bad_example = "# label-schema: {org.opencontainers.image.source: url}\nFROM alpine:3.20\n",
        .good_example =
            "# label-schema: {org.opencontainers.image.source: url}\nFROM alpine:3.20\n"
            "LABEL org.opencontainers.image.source=https://github.com/example/app\n",
        .fixable = false,
        .aliases = {"DL3049"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || ctx.build->stages.empty() || ctx.config().label_schema.empty()) return;
    const auto& build = *ctx.build;
    std::set<std::string, std::less<>> present;
    std::vector<bool> in_image = knowledge::final_image_stages(build, ctx.image);
    std::size_t target = build.stages.size() - 1;
    if (ctx.image && !ctx.image->stage_chain.empty()) target = ctx.image->stage_chain.front();
    for (std::size_t stage : knowledge::stage_ancestry(build, target)) {
      if (!in_image[stage]) continue;
      for (const auto& op : build.stages[stage].ops) {
        if (const auto* label = op.as<ir::LabelOp>()) {
          for (const auto& kv : label->labels) present.emplace(unquoted_label_text(kv.key.value));
        }
      }
    }
    const ir::Stage& final_stage = build.stages[target];
    for (const auto& [name, type] : ctx.config().label_schema) {
      if (present.count(name) != 0) continue;
      ctx.report(final_stage.keyword.span,
                 concat({"the final image has no label ", name, " (", type, "), which label-schema requires"}));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(MissingRequiredLabel);

}  // namespace dlint::rules
