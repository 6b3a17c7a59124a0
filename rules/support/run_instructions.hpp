#pragma once
// Walking the RUN instructions of a build, as the RUN-level rules see them: every RUN of every stage and,
// on request, the RUN wrapped by an ONBUILD, each with the shell it runs under. Exec-form RUN
// (["apt-get", "install", "x"]) is presented as a one-command script so argv rules read both forms alike.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ir/build_definition.hpp"
#include "ir/shell_script.hpp"
#include "knowledge/shell_in_effect.hpp"
#include "knowledge/shells.hpp"

namespace dlint::rules {

struct RunInstruction {
  const ir::Op& op;        // the RUN (for ONBUILD RUN, the wrapped trigger)
  const ir::Op& stage_op;  // the op in the stage's list: the RUN itself or the ONBUILD around it
  std::size_t stage;
  const ir::RunOp& run;
  const ir::ShellScript& script;  // shell form as parsed; exec form as one command without spans of its own
  // What runs the script: the `#!` line of a `RUN <<EOF` body, else the SHELL in effect or Docker's
  // default. For ONBUILD RUN it is the SHELL at the ONBUILD, a guess: the image that triggers it decides.
  knowledge::ShellInEffect shell;

  [[nodiscard]] bool onbuild() const { return &op != &stage_op; }
  [[nodiscard]] bool exec_form() const { return run.command.form == ir::Command::Form::Exec; }
  // True when a cache or tmpfs mount of this RUN covers one of `dirs` (the mount target is the directory
  // or one of its parents), so what lands there never reaches the image.
  [[nodiscard]] bool mounts_cache_over(std::span<const std::string_view> dirs) const;
};

// True for `RUN <<EOF` (the marker alone on the RUN line, one heredoc): the body is the script the shell
// runs, rather than the standard input of a command.
bool heredoc_is_script(const ir::Op& run);

// For `RUN <<EOF` whose body starts with `#!interpreter args`: the interpreter's words. BuildKit runs such
// a body as an executable file, so the stage's SHELL does not apply. Empty otherwise.
std::vector<std::string_view> heredoc_shebang(const ir::Op& run);

// Where ` && more` can be appended to a RUN: after the last top-level command of a plain `a && b | c`
// chain. nullopt for anything else (`;`, `||`, if/for bodies, heredocs, exec form, parse errors).
std::optional<std::uint32_t> and_chain_end(const RunInstruction& run);

// A one-command script for an exec-form command (argv words carry the spans of the JSON strings).
ir::ShellScript script_from_exec(const ir::Command& command);

struct RunWalk {
  bool onbuild = true;     // also visit `ONBUILD RUN`
  bool posix_only = true;  // skip shell-form RUNs whose shell is not a POSIX shell (pwsh, cmd, ...)
};

namespace detail {
// Tracks the SHELL in effect while the stages are walked in order (a stage built FROM another starts
// with the shell that one ends with).
class ShellTracker {
 public:
  explicit ShellTracker(const ir::BuildDefinition& build) : build_(build), final_(build.stages.size()) {}
  void enter_stage(const ir::Stage& stage);
  void see(const ir::Op& op);
  void leave_stage(const ir::Stage& stage) { final_[stage.index] = current_; }
  [[nodiscard]] knowledge::ShellInEffect shell_for(const ir::Op& run) const;

 private:
  struct Set {
    const ir::Op* instruction = nullptr;  // null: Docker's default
    std::size_t stage = 0;
  };
  const ir::BuildDefinition& build_;
  std::vector<Set> final_;
  Set current_;
  std::size_t stage_ = 0;
  knowledge::ShellInEffect default_;
};
}  // namespace detail

// Calls `visit(const RunInstruction&)` for each RUN in source order.
template <class Visit>
void for_each_run(const ir::BuildDefinition& build, Visit&& visit, RunWalk walk = {}) {
  detail::ShellTracker shells(build);
  auto visit_op = [&](const ir::Op& op, const ir::Op& stage_op, std::size_t stage) {
    const auto* run = op.as<ir::RunOp>();
    if (!run) return;
    if (run->command.form == ir::Command::Form::Exec) {
      ir::ShellScript script = script_from_exec(run->command);
      visit(RunInstruction{op, stage_op, stage, *run, script, {}});
      return;
    }
    RunInstruction instruction{op, stage_op, stage, *run, run->command.script, shells.shell_for(op)};
    if (walk.posix_only && !knowledge::is_posix_shell(instruction.shell.program())) return;
    visit(instruction);
  };
  for (const auto& stage : build.stages) {
    shells.enter_stage(stage);
    for (const auto& op : stage.ops) {
      shells.see(op);
      if (const auto* onbuild = op.as<ir::OnbuildOp>()) {
        if (walk.onbuild && onbuild->trigger) visit_op(*onbuild->trigger, op, stage.index);
        continue;
      }
      visit_op(op, op, stage.index);
    }
    shells.leave_stage(stage);
  }
}

}  // namespace dlint::rules
