// COR141: a .dockerignore pattern Docker refuses; the build stops before it starts.
#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

class InvalidIgnorePattern final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR141",
        .name = "invalid-ignore-pattern",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Dockerignore},
        .summary = "A .dockerignore pattern that Docker rejects",
        .rationale =
            "Docker checks every pattern with Go's filepath.Match before it sends the context. An unclosed "
            "`[`, an empty character class `[]`, a pattern that ends with a lone `\\`, or a `!` with nothing "
            "after it makes the whole build fail with \"syntax error in pattern\" or \"illegal exclusion "
            "pattern\". Escape a literal `[` as `\\[`.",
        .bad_example = "logs/[0-9\n!\n",
        .good_example = "logs/[0-9]*\n",
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
      if (const auto& error = patterns[i].error()) {
        ctx.report(ignore.lines[i].span,
                   concat({"`", ignore.lines[i].text, "`: ", *error, "; Docker refuses to build with this pattern"}));
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(InvalidIgnorePattern);

}  // namespace dlint::rules
