// COR001: the Dockerfile frontend could not read part of the file. Every other instruction is still analyzed.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"

namespace dlint {
namespace {

class SyntaxErrorRule final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR001",
        .name = "syntax-error",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "The file does not parse the way Docker reads it",
        .rationale =
            "Docker stops the build at the first instruction it cannot read. dlint reports every such "
            "instruction with the reason, and still analyzes all the others, so one typo does not hide "
            "the rest of the file's problems.",
        .bad_example = "FROM alpine:3.19\nCOPY --chown app /src /dst\nRUN echo ok",
        .good_example = "FROM alpine:3.19\nCOPY --chown=app /src /dst\nRUN echo ok",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    for (const auto& error : ctx.build->errors) ctx.report(error.span, error.message);
  }
};

DLINT_REGISTER_RULE(SyntaxErrorRule);

}  // namespace
}  // namespace dlint
