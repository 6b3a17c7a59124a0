// COR142: a .dockerignore pattern that can never match a path of the context.
#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/ignore_lines.hpp"

namespace dlint::rules {
namespace {

class IgnorePatternNeverMatches final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR142",
        .name = "ignore-pattern-never-matches",
        .family = "correctness",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerignore},
        .summary = "A .dockerignore pattern that cannot match anything",
        .rationale =
            "Paths in the build context are relative to its root and never start with `..`, so patterns such "
            "as `../secrets`, `.` or `/` exclude nothing. An indented `# comment` is not a comment: Docker "
            "treats a line as a comment only when `#` is its first character, and reads the rest as a "
            "pattern.",
        .bad_example = "../secrets\n  # build output\n",
        .good_example = "secrets\n# build output\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.context || !ctx.context->ignore() || ctx.build) return;
    const ir::IgnoreFile& ignore = *ctx.context->ignore();
    const auto& patterns = ignore.matcher.patterns();
    for (std::size_t i = 0; i < ignore.lines.size() && i < patterns.size(); ++i) {
      if (patterns[i].error()) continue;
      if (auto why = never_matches(ignore.lines[i], patterns[i])) {
        ctx.report(ignore.lines[i].span, concat({"`", ignore.lines[i].text, "` never matches: ", *why}));
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(IgnorePatternNeverMatches);

}  // namespace dlint::rules
