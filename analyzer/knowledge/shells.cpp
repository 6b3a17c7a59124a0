#include "knowledge/shells.hpp"

#include <array>

#include "knowledge/package_managers.hpp"

namespace dlint::knowledge {

static constexpr std::array<std::string_view, 9> kPosixShells = {"sh",  "bash", "dash", "ash",    "zsh",
                                                                 "ksh", "mksh", "yash", "busybox"};
static constexpr std::array<std::string_view, 6> kPipefailShells = {"bash", "zsh", "ksh", "mksh", "ash", "yash"};
static constexpr std::array<std::string_view, 3> kNonPosixShells = {"pwsh", "powershell", "cmd"};
static constexpr std::array<std::string_view, 5> kInterpreters = {"python", "perl", "ruby", "node", "php"};

bool is_posix_shell(std::string_view program) {
  return contains_name(kPosixShells, program);
}

bool supports_pipefail(std::string_view program) {
  return contains_name(kPipefailShells, program);
}

bool is_non_posix_shell(std::string_view program) {
  if (program.size() > 4 && program.substr(program.size() - 4) == ".exe") program.remove_suffix(4);
  return contains_name(kNonPosixShells, program);
}

bool is_script_interpreter(std::string_view program) {
  if (is_posix_shell(program)) return true;
  for (std::string_view base : kInterpreters) {
    if (program_matches(program, base)) return true;
  }
  return false;
}

}  // namespace dlint::knowledge
