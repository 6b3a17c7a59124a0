// BP051: `FROM --platform=$TARGETPLATFORM`: the default already.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

bool is_target_platform(std::string_view value) {
  return value == "$TARGETPLATFORM" || value == "${TARGETPLATFORM}";
}

class RedundantTargetPlatform final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP051",
        .name = "redundant-target-platform",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "FROM --platform=$TARGETPLATFORM is redundant",
        .rationale =
            "A stage is built for the target platform unless told otherwise, so `--platform=$TARGETPLATFORM` "
            "changes nothing; it suggests a difference that is not there, and readers look for the "
            "`$BUILDPLATFORM` stage that the flag usually signals. The fix removes the flag.",
        .bad_example = "FROM --platform=$TARGETPLATFORM alpine:3.20\n",
        .good_example = "FROM alpine:3.20\n",
        .fixable = true,
        .aliases = {"DL3065", "RedundantTargetPlatform"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const std::string_view text = ctx.file().text();
    for (const auto& stage : ctx.build->stages) {
      for (const auto& flag : stage.flags) {
        if (flag.name != "platform" || !flag.value || !is_target_platform(flag.value->value)) continue;
        // Remove the flag and the blanks after it, so `FROM --platform=$TARGETPLATFORM x` becomes `FROM x`.
        std::uint32_t end = flag.span.end;
        while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
        ctx.report(flag.span, concat({"--platform=", flag.value->value, " is the default; remove it"}),
                   Fix{"remove --platform", {TextEdit{flag.span.begin, end, ""}}, true});
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(RedundantTargetPlatform);

}  // namespace dlint::rules
