// COR200: a run.toml that is not valid TOML.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class RunTomlSyntaxError final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR200",
        .name = "run-toml-syntax-error",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::RunToml},
        .summary = "The run.toml is not valid TOML",
        .rationale =
            "The run runtime cannot load a file that is not TOML. dlint reports the first syntax error with "
            "the parser's reason at the line and column where it was found; the rest of the file is not "
            "analyzed until it parses. Keys nested more than 128 levels deep are refused the same way.",
        .bad_example = "[project]\nname = \"web\nversion = \"1.0.0\"\n",
        .good_example = "[project]\nname = \"web\"\nversion = \"1.0.0\"\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& error : ctx.application->syntax_errors) ctx.report(error.span, error.message);
  }
};

}  // namespace

DLINT_REGISTER_RULE(RunTomlSyntaxError);

}  // namespace dlint::rules
