// STYLE012: `ENV key value` / `LABEL key value`, the legacy space-separated form.
#include <algorithm>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

// The `key=value` spelling of a legacy pair whose value reads the same; nullopt when quoting it would
// need more care than a mechanical rewrite (quotes or escapes inside).
std::optional<std::string> modern_form(const ir::KeyValue& kv, char escape) {
  if (!kv.value) return std::nullopt;
  const std::string& value = kv.value->value;
  if (value.find_first_of("\"'") != std::string::npos || value.find(escape) != std::string::npos) {
    return std::nullopt;
  }
  bool spaced = value.find_first_of(" \t") != std::string::npos;
  return spaced ? concat({kv.key.value, "=\"", value, "\""}) : concat({kv.key.value, "=", value});
}

class LegacyKeyValueFormat final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "STYLE012",
        .name = "legacy-key-value-format",
        .family = "style",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "ENV or LABEL uses the legacy `key value` form",
        .rationale =
            "`ENV key value` sets one variable to the rest of the line, spaces included: `ENV PATH /opt/bin "
            "$PATH` is a single value, and adding a second pair turns it into part of the first. The `key=value` "
            "form is unambiguous, takes several pairs, and is the only one documented for new files; BuildKit "
            "reports the legacy form (LegacyKeyValueFormat). The fix writes `key=value`, quoting a value with "
            "blanks; a value that already holds quotes or escapes is left to rewrite by hand.",
        .bad_example = "FROM alpine:3.20\nENV APP_HOME /srv/app\n",
        .good_example = "FROM alpine:3.20\nENV APP_HOME=/srv/app\n",
        .fixable = true,
        .aliases = {"LegacyKeyValueFormat"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    auto visit = [&](const ir::Op& op) {
      const std::vector<ir::KeyValue>* pairs = nullptr;
      if (const auto* env = op.as<ir::EnvOp>()) pairs = &env->pairs;
      if (const auto* label = op.as<ir::LabelOp>()) pairs = &label->labels;
      if (!pairs) return;
      for (const auto& kv : *pairs) {
        if (!kv.legacy_form || !kv.value) continue;
        std::optional<Fix> fix;
        const ir::Text& value = *kv.value;
        // Only a pair written on one line: a value split by continuations is left to the user.
        bool one_line = value.span.end - value.span.begin == value.value.size() &&
                        kv.key.span.start.line == value.span.end_pos.line;
        if (auto modern = modern_form(kv, ctx.build->escape); modern && one_line) {
          fix = Fix{concat({"write ", *modern}), {TextEdit{kv.key.span.begin, value.span.end, *modern}}, true};
        }
        ctx.report(kv.key.span,
                   concat({std::string(ir::op_kind_name(op.kind)), " ", kv.key.value,
                           " <value> is the legacy form; write ", kv.key.value, "=<value>"}),
                   std::move(fix));
      }
    };
    for (const auto& stage : ctx.build->stages) {
      for (const auto& op : stage.ops) {
        visit(op);
        if (const auto* onbuild = op.as<ir::OnbuildOp>(); onbuild && onbuild->trigger) visit(*onbuild->trigger);
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(LegacyKeyValueFormat);

}  // namespace dlint::rules
