#include "rules/support/opaque_commands.hpp"

#include "knowledge/command_line.hpp"
#include "knowledge/shells.hpp"

namespace dlint::rules {

bool runs_opaque_script(const ir::SimpleCommand& command) {
  std::size_t index = knowledge::effective_program_index(command);
  if (index >= command.argv.size()) return false;
  std::string_view word = command.argv[index].value;
  std::string_view program = knowledge::program_basename(word);
  if (knowledge::is_posix_shell(program)) return true;
  if (program.size() > 3 && program.substr(program.size() - 3) == ".sh") return true;
  if (word.find('/') == std::string_view::npos) return false;
  for (std::string_view system_dir : {"/bin/", "/sbin/", "/usr/bin/", "/usr/sbin/", "/usr/local/bin/"}) {
    if (word.substr(0, system_dir.size()) == system_dir) return false;
  }
  return true;
}

}  // namespace dlint::rules
