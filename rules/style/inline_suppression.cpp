// STYLE015: an inline `# hadolint ignore=` / `# dlint ignore=` comment, for teams that forbid them.
#include "engine/rule.hpp"
#include "engine/suppression_comment.hpp"
#include "ir/build_definition.hpp"

namespace dlint::rules {
namespace {

class InlineSuppression final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "STYLE015",
        .name = "inline-suppression",
        .family = "style",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "An inline suppression comment silences a rule for one instruction",
        .rationale =
            "Some teams want every exception to go through the shared config, where it is reviewed once, "
            "rather than `# dlint ignore=` or `# hadolint ignore=` comments scattered through Dockerfiles. Turn "
            "this rule on (and raise it to error) to report every such comment; it stays silent by default, as "
            "hadolint's DL1001 does. The suppression itself still applies. File-wide forms (`ignore-file=`, "
            "`global ignore=`) are reported too.",
        .bad_example = "FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add --no-cache curl\n",
        .good_example = "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1\n",
        .fixable = false,
        .aliases = {"DL1001"},
        .enabled_by_default = false,
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& comment : ctx.build->comments) {
      if (!parse_suppression_comment(comment.text)) continue;
      ctx.report(comment.span, "inline suppression comment; record the exception in the config instead");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(InlineSuppression);

}  // namespace dlint::rules
