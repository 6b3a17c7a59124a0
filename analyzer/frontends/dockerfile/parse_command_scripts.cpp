#include "frontends/dockerfile/parse_command_scripts.hpp"

#include "frontends/shell/parse_shell.hpp"
#include "knowledge/shell_in_effect.hpp"
#include "knowledge/shells.hpp"

namespace dlint::frontends::dockerfile {
namespace {

// Whether a SHELL instruction's program reads POSIX sh (`SHELL ["/usr/bin/env", "bash", "-c"]` runs bash).
bool posix_shell(const std::vector<ir::Text>& shell_argv) {
  if (shell_argv.empty()) return true;
  auto base_name = [](std::string_view path) {
    if (auto slash = path.find_last_of("/\\"); slash != std::string_view::npos) path.remove_prefix(slash + 1);
    return path;
  };
  std::string_view program = base_name(shell_argv.front().value);
  if (program == "env" && shell_argv.size() > 1) program = base_name(shell_argv[1].value);
  return knowledge::is_posix_shell(program);
}

ir::Command* command_of(ir::Op& op) {
  if (auto* run = std::get_if<ir::RunOp>(&op.detail)) return &run->command;
  if (auto* cmd = std::get_if<ir::CmdOp>(&op.detail)) return &cmd->command;
  if (auto* entry = std::get_if<ir::EntrypointOp>(&op.detail)) return &entry->command;
  if (auto* hc = std::get_if<ir::HealthcheckOp>(&op.detail)) return hc->command ? &*hc->command : nullptr;
  return nullptr;
}

void parse_op(const SourceFile& file, ir::Op& op, bool posix) {
  if (auto* onbuild = std::get_if<ir::OnbuildOp>(&op.detail); onbuild != nullptr && onbuild->trigger) {
    // Triggers are shared as const; this is the one place that fills them in, before anyone reads them.
    auto trigger = std::make_shared<ir::Op>(*onbuild->trigger);
    parse_op(file, *trigger, posix);
    onbuild->trigger = std::move(trigger);
    return;
  }
  ir::Command* command = command_of(op);
  if (command == nullptr || command->form != ir::Command::Form::Shell || command->source.text().empty()) return;
  if (!posix) return;
  command->script = parse_shell(file, command->source);
}

}  // namespace

void parse_command_scripts(const SourceFile& file, ir::BuildDefinition& build) {
  // The shell each stage ends with, for stages built FROM it.
  std::vector<bool> final_posix(build.stages.size(), true);
  for (auto& stage : build.stages) {
    // Without SHELL, Windows images run commands with cmd, Linux images with /bin/sh (or what a
    // `# hadolint shell=` comment names).
    bool posix = stage.base_stage ? final_posix[*stage.base_stage]
                                  : knowledge::is_posix_shell(knowledge::default_shell(build, stage.index).program());
    for (auto& op : stage.ops) {
      if (const auto* shell = op.as<ir::ShellOp>()) posix = posix_shell(shell->argv);
      parse_op(file, op, posix);
    }
    final_posix[stage.index] = posix;
  }
}

}  // namespace dlint::frontends::dockerfile
