// BP032: commands that make no sense in a RUN (service, ps, top, vim, shutdown, ...).
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/container_commands.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

class PointlessCommandInBuild final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP032",
        .name = "pointless-command-in-build",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "a RUN calls a command that makes no sense during a build (service, ps, top, vim, ssh, ...)",
        .rationale =
            "A RUN starts a fresh container, runs its command and saves the filesystem: processes it starts "
            "(`service nginx start`, `systemctl start`) stop with it, what `ps`, `top` or `free` show is the "
            "build machine's state at that instant, and editors or `ssh` wait for a person who is not there. "
            "Start services from CMD or ENTRYPOINT, and make changes with commands that run unattended "
            "(sed, COPY).",
        .bad_example = "RUN service nginx start\n",
        .good_example = "CMD [\"nginx\", \"-g\", \"daemon off;\"]\n",
        .aliases = {"DL3001"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        const std::size_t index = knowledge::effective_program_index(command);
        if (index >= command.argv.size()) continue;
        if (!knowledge::pointless_in_build(command)) continue;
        const ir::ShellWord& word = command.argv[index];
        const std::string_view program = knowledge::program_basename(word.value);
        ctx.report(word.span, concat({"`", program,
                                      "` makes no sense in a RUN: its effect ends with the build step, or it waits "
                                      "for a person"}));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(PointlessCommandInBuild);

}  // namespace dlint::rules
