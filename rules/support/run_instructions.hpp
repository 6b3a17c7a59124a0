#pragma once
// Walking the RUN instructions of a build, as the RUN-level rules see them: every RUN of every stage and,
// on request, the RUN wrapped by an ONBUILD. Exec-form RUN (["apt-get", "install", "x"]) is presented
// as a one-command script so argv rules read both forms alike.
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "ir/build_definition.hpp"
#include "ir/shell_script.hpp"
#include "knowledge/shell_in_effect.hpp"

namespace dlint::rules {

struct RunInstruction {
  const ir::Op& op;          // the RUN (for ONBUILD RUN, the wrapped trigger)
  const ir::Op& stage_op;    // the op in the stage's list: the RUN itself or the ONBUILD around it
  std::size_t stage;
  const ir::RunOp& run;
  const ir::ShellScript& script;  // shell form as parsed; exec form as one command without spans of its own
  [[nodiscard]] bool onbuild() const { return &op != &stage_op; }
  [[nodiscard]] bool exec_form() const { return run.command.form == ir::Command::Form::Exec; }
  // True when a cache or tmpfs mount of this RUN covers one of `dirs` (the mount target is the directory
  // or one of its parents), so what lands there never reaches the image.
  [[nodiscard]] bool mounts_cache_over(std::span<const std::string_view> dirs) const;
  // For `RUN <<EOF` whose body starts with `#!interpreter args`: the interpreter's argv. BuildKit runs
  // such a body as an executable file, so the stage's SHELL does not apply. Empty otherwise.
  [[nodiscard]] std::vector<std::string_view> heredoc_shebang() const;
};

// The shell `run` executes under: its heredoc's `#!` interpreter, else the stage's SHELL in effect (for
// ONBUILD RUN that is the SHELL of the stage holding the ONBUILD, a guess: the child image decides).
knowledge::ShellInEffect shell_for(const ir::BuildDefinition& build, const RunInstruction& run);

// A one-command script for an exec-form command (argv words carry the spans of the JSON strings).
ir::ShellScript script_from_exec(const ir::Command& command);

struct RunWalk {
  bool onbuild = true;  // also visit `ONBUILD RUN`
};

// Calls `visit(const RunInstruction&)` for each RUN in source order.
template <class Visit>
void for_each_run(const ir::BuildDefinition& build, Visit&& visit, RunWalk walk = {}) {
  auto visit_op = [&](const ir::Op& op, const ir::Op& stage_op, std::size_t stage) {
    const auto* run = op.as<ir::RunOp>();
    if (!run) return;
    if (run->command.form == ir::Command::Form::Exec) {
      ir::ShellScript script = script_from_exec(run->command);
      visit(RunInstruction{op, stage_op, stage, *run, script});
    } else {
      visit(RunInstruction{op, stage_op, stage, *run, run->command.script});
    }
  };
  for (const auto& stage : build.stages) {
    for (const auto& op : stage.ops) {
      if (const auto* onbuild = op.as<ir::OnbuildOp>()) {
        if (walk.onbuild && onbuild->trigger) visit_op(*onbuild->trigger, op, stage.index);
        continue;
      }
      visit_op(op, op, stage.index);
    }
  }
}

}  // namespace dlint::rules
