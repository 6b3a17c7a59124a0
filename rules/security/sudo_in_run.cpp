// SEC004: sudo (or doas) in a RUN.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

class SudoInRun final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC004",
        .name = "sudo-in-run",
        .family = "security",
        .severity = Severity::Error,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "`sudo` used in RUN",
        .rationale =
            "RUN already executes as root unless a USER instruction changed that, so sudo adds nothing but "
            "a TTY- and PAM-dependent layer whose behaviour varies between images. Worse, it only works when "
            "the image ships sudo with a password-less rule, which hands root to anything that later runs as "
            "that user. Switch with `USER root` for the steps that need it and back to the unprivileged user "
            "afterwards; for dropping privileges at container start use gosu or su-exec. `doas` is reported "
            "the same way.",
        .bad_example = "USER app\nRUN sudo apt-get update\n",
        .good_example = "USER root\nRUN apt-get update\nUSER app\n",
        .fixable = false,
        .aliases = {"DL3004", "DS010", "DS-0010", "CKV2_DOCKER_1"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        for (std::size_t index : knowledge::program_chain(command)) {
          std::string_view program = knowledge::program_basename(command.argv[index].value);
          if (program != "sudo" && program != "doas") continue;
          std::string message = "`";
          message.append(program).append(
              "` in RUN: switch users with USER instead of escalating privileges "
              "inside the build");
          ctx.report(command.argv[index].span, std::move(message));
        }
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(SudoInRun);

}  // namespace dlint::rules
