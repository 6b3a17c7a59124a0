// COR009: the shell command of a RUN / CMD / ENTRYPOINT / HEALTHCHECK does not parse as POSIX sh.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"

namespace dlint::rules {
namespace {

class ShellSyntaxError final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR009",
        .name = "shell-syntax-error",
        .family = "correctness",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "A shell-form command does not parse as POSIX sh",
        .rationale =
            "Shell-form RUN, CMD, ENTRYPOINT and HEALTHCHECK commands are handed to /bin/sh -c. An "
            "unclosed quote, an `if` without `fi` or a stray `)` fails only when the image is built or "
            "the container starts. Commands under a non-POSIX SHELL (PowerShell, cmd) are not checked.",
        .bad_example = "FROM alpine:3.19\nRUN if [ -f /etc/x ]; then echo found\n",
        .good_example = "FROM alpine:3.19\nRUN if [ -f /etc/x ]; then echo found; fi\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      const ir::Command* command = op.command();
      if (command == nullptr) return;
      for (const auto& error : command->script.errors) ctx.report(error.span, error.message);
    });
  }
};

DLINT_REGISTER_RULE(ShellSyntaxError);

}  // namespace
}  // namespace dlint::rules
