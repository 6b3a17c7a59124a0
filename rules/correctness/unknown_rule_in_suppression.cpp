// COR010: an inline suppression names a rule dlint does not know, so it silences nothing.
#include "engine/rule.hpp"
#include "engine/suppression_comment.hpp"
#include "ir/build_definition.hpp"
#include "source/source_file.hpp"
#include "support/edit_distance.hpp"

namespace dlint::rules {
namespace {

// Codes of the tool whose spelling the comment uses (hadolint's DL and SC codes, Trivy's DS ids, Checkov's
// CKV_DOCKER ids) are accepted even when no dlint rule carries them: files migrated from those tools keep
// their comments unchanged.
class UnknownRuleInSuppression final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR010",
        .name = "unknown-rule-in-suppression",
        .family = "correctness",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "A suppression comment names a rule that does not exist",
        .rationale =
            "`# dlint ignore=...`, `# hadolint ignore=...`, `# trivy:ignore:...` and `# checkov:skip=...` "
            "silence rules by id, name or alias. Codes shaped like the named tool's own (DL3059, SC2086, "
            "DS-0017, CKV2_DOCKER_4) are accepted even without a dlint rule. A "
            "typo silences nothing while looking as if it did, and the finding it was meant for keeps "
            "coming back with no clue why.",
        .bad_example = "FROM debian:12\n# hadolint ignore=DL3O08\nRUN apt-get install -y curl\n",
        .good_example = "FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& registry = RuleRegistry::instance();
    for (const auto& comment : ctx.build->comments) {
      auto parsed = parse_suppression_comment(comment.text);
      if (!parsed) continue;
      for (const auto& name : parsed->names) {
        if (registry.find(foreign_rule_alias(name.text)) != nullptr || foreign_code_shape(parsed->tool, name.text)) {
          continue;
        }
        // comment.span starts at '#'; the comment text starts right after it.
        std::uint32_t begin = comment.span.begin + 1 + name.offset;
        std::string message = "no rule is called '" + name.text + "', so this suppression silences nothing";
        std::vector<std::string> known;
        for (const auto& rule : registry.rules()) {
          known.emplace_back(rule->meta().id);
          known.emplace_back(rule->meta().name);
          for (auto alias : rule->meta().aliases) known.emplace_back(alias);
        }
        if (auto suggestion = closest_match(name.text, known)) message += "; did you mean " + *suggestion + "?";
        ctx.report(ctx.file().span(begin, begin + static_cast<std::uint32_t>(name.text.size())), message);
      }
    }
  }
};

DLINT_REGISTER_RULE(UnknownRuleInSuppression);

}  // namespace
}  // namespace dlint::rules
