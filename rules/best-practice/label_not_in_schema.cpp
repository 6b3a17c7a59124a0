// BP055: with `strict-labels`, a LABEL key the label-schema does not list.
#include "engine/config.hpp"
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/label_keys.hpp"

namespace dlint::rules {
namespace {

class LabelNotInSchema final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP055",
        .name = "label-not-in-schema",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "A label is not in the label-schema while strict-labels is on",
        .rationale =
            "With `strict-labels: true`, the config's `label-schema` is the complete list of labels images may "
            "carry: a label outside it is usually a typo of a schema label (`org.opencontainers.image.sources`) "
            "or an ad-hoc key that tooling will not find. Silent unless both are configured. Keys built from "
            "variables are not judged.",
        .bad_example = "# label-schema: {version: semver}, strict-labels: true\nFROM alpine:3.20\nLABEL vers=1.0.0\n",
        .good_example =
            "# label-schema: {version: semver}, strict-labels: true\nFROM alpine:3.20\nLABEL version=1.0.0\n",
        .fixable = false,
        .aliases = {"DL3050"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    const auto& schema = ctx.config().label_schema;
    if (!ctx.build || !ctx.config().strict_labels || schema.empty()) return;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      const auto* label = op.as<ir::LabelOp>();
      if (!label) return;
      for (const auto& kv : label->labels) {
        std::string_view key = unquoted_label_text(kv.key.value);
        if (key.empty() || key.find('$') != std::string_view::npos || schema.count(key) != 0) continue;
        ctx.report(kv.key.span, concat({"label ", key, " is not in label-schema (strict-labels is on)"}));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(LabelNotInSchema);

}  // namespace dlint::rules
