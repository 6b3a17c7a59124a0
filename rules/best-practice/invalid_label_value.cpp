// BP056: a label of the label-schema is empty or its value does not fit the schema's type.
#include "engine/config.hpp"
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/label_value_types.hpp"
#include "rules/support/each_op.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/label_keys.hpp"

namespace dlint::rules {
namespace {

class InvalidLabelValue final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP056",
        .name = "invalid-label-value",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "A schema label is empty or its value does not match its type",
        .rationale =
            "The config's `label-schema` gives each required label a type, and tools downstream parse the "
            "value by it: a `url` must be an absolute URL, `semver` a semantic version, `hash` a git commit "
            "hash, `rfc3339` a timestamp such as 2024-05-01T12:00:00Z, `spdx` an SPDX license expression "
            "(identifiers joined by AND/OR/WITH; the identifiers themselves are not looked up), `email` an "
            "address; no schema label may be empty. Values built from variables (`$VERSION`, usually passed "
            "with --build-arg) are not judged. Silent when no schema is configured.",
        .bad_example =
            "# label-schema: {org.opencontainers.image.version: semver}\nFROM alpine:3.20\n"
            "LABEL org.opencontainers.image.version=v1\n",
        .good_example =
            "# label-schema: {org.opencontainers.image.version: semver}\nFROM alpine:3.20\n"
            "LABEL org.opencontainers.image.version=1.4.2\n",
        .fixable = false,
        .aliases = {"DL3051", "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3058"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    const auto& schema = ctx.config().label_schema;
    if (!ctx.build || schema.empty()) return;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      const auto* label = op.as<ir::LabelOp>();
      if (!label) return;
      for (const auto& kv : label->labels) {
        auto entry = schema.find(unquoted_label_text(kv.key.value));
        if (entry == schema.end()) continue;
        std::string_view value = kv.value ? unquoted_label_text(kv.value->value) : std::string_view();
        const Span& at = kv.value && kv.value->span.end > kv.value->span.begin ? kv.value->span : kv.key.span;
        if (value.empty()) {
          ctx.report(at, concat({"label ", entry->first, " is empty"}));
          continue;
        }
        if (value.find('$') != std::string_view::npos) continue;
        if (auto problem = knowledge::label_value_problem(entry->second, value)) {
          ctx.report(
              at, concat({"label ", entry->first, " must be of type ", entry->second, ": '", value, "' ", *problem}));
        }
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(InvalidLabelValue);

}  // namespace dlint::rules
