// BP017: `cd dir; cmd` - if the cd fails, cmd runs in the wrong directory.
#include <algorithm>
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/shell_in_effect.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

constexpr std::array<std::string_view, 1> kSetValues = {"o"};

// `set -e`, `set -eux`, `set -o errexit`.
bool sets_errexit(const ir::SimpleCommand& command) {
  if (command.program() != "set") return false;
  auto args = knowledge::parse_args(command, 1, knowledge::OptionSpec{kSetValues});
  return std::any_of(args.begin(), args.end(), [](const knowledge::ParsedArg& a) {
    return a.kind == knowledge::ParsedArg::Kind::Option && (a.name == "e" || (a.name == "o" && a.value == "errexit"));
  });
}

class CdWithoutErrorHandling final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP017",
        .name = "cd-without-error-handling",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "`cd` followed by `;` or a newline instead of `&&`, without `set -e`",
        .rationale =
            "In `cd /src/app; make install` a failed cd (a typo, a directory that was not created) does not "
            "stop the script: make then runs in whatever directory the shell was in, and `rm -rf` style "
            "commands do real damage there. Join the cd with `&&`, write `cd dir || exit 1`, or start the "
            "script with `set -e` (or run the stage's SHELL with -e). This rule is only about the connector "
            "after cd; cd-instead-of-workdir (BP015) may report the same cd for another reason.",
        .bad_example = "RUN cd /src/app; make install\n",
        .good_example = "RUN cd /src/app && make install\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      if (run.exec_form()) return;
      if (!run.onbuild() && run.shell.sets_flag('e', "errexit")) return;
      const auto& commands = run.script.commands;
      bool errexit = false;
      for (std::size_t i = 0; i < commands.size(); ++i) {
        const auto& command = commands[i];
        if (!command.in_substitution && command.depth == 0 && sets_errexit(command)) errexit = true;
        if (errexit || command.program() != "cd" || command.in_substitution) continue;
        // The next command at the same level (commands inside a $(...) of it do not count).
        const ir::SimpleCommand* next = nullptr;
        for (std::size_t j = i + 1; j < commands.size() && !next; ++j) {
          if (!commands[j].in_substitution) next = &commands[j];
        }
        if (!next || next->depth != command.depth || next->connector != ir::Connector::Sequence) continue;
        ctx.report(command.argv.front().span,
                   "if this cd fails, the commands after it still run, in the wrong directory; join them with "
                   "&& or use `cd ... || exit 1`");
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(CdWithoutErrorHandling);

}  // namespace dlint::rules
