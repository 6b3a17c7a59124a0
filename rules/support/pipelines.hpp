#pragma once
// Questions about the pipeline a command is part of.
#include "ir/shell_script.hpp"

namespace dlint::rules {

// True when `command` reads the output of `yes` (`yes | apt-get install x`), which answers every prompt.
inline bool fed_by_yes(const ir::ShellScript& script, const ir::SimpleCommand& command) {
  if (command.pipeline_position == 0) return false;
  for (const auto& other : script.commands) {
    if (other.pipeline == command.pipeline && other.pipeline_position == 0 && other.depth == command.depth) {
      return other.program() == "yes";
    }
  }
  return false;
}

}  // namespace dlint::rules
