// BP035: a RUN replaces /bin/sh with a link to another shell.
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

constexpr std::array<std::string_view, 4> kLnValues = {"S", "suffix", "t", "target-directory"};

bool is_bin_sh(std::string_view path) {
  return path == "/bin/sh" || path == "/usr/bin/sh";
}

class RelinkBinSh final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP035",
        .name = "relink-bin-sh",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`ln -sf /bin/bash /bin/sh` instead of the SHELL instruction",
        .rationale =
            "Relinking /bin/sh changes the shell of every program in the image that calls system() or runs a "
            "`#!/bin/sh` script, not only of the RUN instructions that wanted bash; scripts written for a "
            "strict POSIX sh can start behaving differently, and the next base image update can undo the "
            "link. To run the Dockerfile's commands with bash, say so: "
            "`SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`. Stages built FROM scratch have no /bin/sh to "
            "replace and are not reported.",
        .bad_example = "RUN ln -sf /bin/bash /bin/sh\n",
        .good_example = "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n",
        .aliases = {"DL4005"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      // An image built FROM scratch has no /bin/sh to replace: the link creates it.
      if (knowledge::external_base(*ctx.build, run.stage).scratch) return;
      for (const auto& command : run.script.commands) {
        const std::size_t index = knowledge::effective_program_index(command);
        if (index >= command.argv.size() || knowledge::program_basename(command.argv[index].value) != "ln") continue;
        const ir::ShellWord* last = nullptr;
        std::size_t operands = 0;
        for (const auto& arg : knowledge::parse_args(command, index + 1, knowledge::OptionSpec{kLnValues})) {
          if (arg.kind != knowledge::ParsedArg::Kind::Operand) continue;
          last = &command.argv[arg.word];
          ++operands;
        }
        if (operands < 2 || !is_bin_sh(last->value)) continue;
        ctx.report(last->span,
                   "relinking /bin/sh changes the shell of every program in the image; use the SHELL instruction "
                   "to run RUN commands with another shell");
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(RelinkBinSh);

}  // namespace dlint::rules
