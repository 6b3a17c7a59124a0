// COR020: a `RUN <<EOF` script of several commands without `set -e`: only the last command's failure counts.
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

constexpr std::array<std::string_view, 1> kSetValues = {"o"};

// `set -e`, `set -eux`, `set -o errexit`, `set -euo pipefail`.
bool sets_errexit(const ir::SimpleCommand& command) {
  if (command.program() != "set") return false;
  for (const auto& arg : knowledge::parse_args(command, 1, knowledge::OptionSpec{kSetValues})) {
    if (arg.kind != knowledge::ParsedArg::Kind::Option) continue;
    if (arg.name == "e" || (arg.name == "o" && arg.value == "errexit")) return true;
  }
  return false;
}

class HeredocWithoutSetE final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR020",
        .name = "heredoc-without-set-e",
        .family = "correctness",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "a `RUN <<EOF` script with several commands on separate lines and no `set -e`",
        .rationale =
            "A heredoc RUN runs its body as a shell script, and a shell script carries on after a failing "
            "command: only the exit status of the last command decides whether the step fails. "
            "`apt-get install` can fail, the script goes on, and the build succeeds with an image that lacks "
            "the package. Start the body with `set -e` (or `set -eux`), use a `#!/bin/sh -e` line, or a "
            "SHELL with -e. Bodies whose commands are all chained with && need none. The fix inserts "
            "`set -e` as the first line; it is marked unsafe because it changes what the script does when a "
            "command fails.",
        .bad_example = "RUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n",
        .good_example = "RUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF\n",
        .fixable = true,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      if (!heredoc_is_script(run.op)) return;
      if (run.shell.sets_flag('e', "errexit")) return;
      std::size_t lists = 0;  // and-or lists at the top level: each one's failure is ignored but the last's
      for (const auto& command : run.script.commands) {
        if (command.depth != 0 || command.in_substitution) continue;
        if (sets_errexit(command)) return;
        if (command.connector == ir::Connector::None || command.connector == ir::Connector::Sequence ||
            command.connector == ir::Connector::Background) {
          ++lists;
        }
      }
      if (lists < 2) return;
      const auto& heredoc = run.run.command.heredocs.front();
      std::optional<Fix> fix;
      if (!run.shell.from_shebang)
        fix = insertion_fix("start the script with set -e", heredoc.body_span.begin, "set -e\n", false);
      ctx.report(heredoc.span,
                 "this heredoc script runs several commands without `set -e`: a failing command is ignored and "
                 "the build goes on; start it with `set -e`",
                 std::move(fix));
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(HeredocWithoutSetE);

}  // namespace dlint::rules
