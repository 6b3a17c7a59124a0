#include "knowledge/container_commands.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "knowledge/command_line.hpp"

namespace dlint::knowledge {

namespace {

struct Pointless {
  std::string_view program;
  // When set, only these subcommands (first operand, or the second for `service NAME start`) are
  // pointless; the others change files and persist.
  std::span<const std::string_view> subcommands = {};
  std::size_t subcommand_operand = 0;
};

constexpr std::array<std::string_view, 7> kDaemonControl = {"start",  "stop",        "restart",     "reload",
                                                            "status", "try-restart", "force-reload"};

// hadolint's DL3001 list (free, kill, mount, ps, service, shutdown, ssh, top, vim) and its neighbours.
constexpr std::array<Pointless, 17> kPointless = {{
    {"free"},
    {"kill"},
    {"mount"},
    {"ps"},
    {"service", kDaemonControl, 1},
    {"systemctl", kDaemonControl, 0},
    {"shutdown"},
    {"reboot"},
    {"halt"},
    {"poweroff"},
    {"ssh"},
    {"top"},
    {"htop"},
    {"vim"},
    {"vi"},
    {"nano"},
    {"ifconfig"},
}};

bool version_or_help(std::string_view word) {
  return word == "--version" || word == "-V" || word == "--help";
}

}  // namespace

bool pointless_in_build(const ir::SimpleCommand& command) {
  const std::size_t index = effective_program_index(command);
  if (index >= command.argv.size()) return false;
  const std::string_view program = program_basename(command.argv[index].value);
  const auto entry =
      std::find_if(kPointless.begin(), kPointless.end(), [&](const Pointless& p) { return p.program == program; });
  if (entry == kPointless.end()) return false;
  std::size_t operand = 0;
  for (std::size_t i = index + 1; i < command.argv.size(); ++i) {
    const std::string_view word = command.argv[i].value;
    if (version_or_help(word)) return false;
    if (entry->subcommands.empty() || (!word.empty() && word.front() == '-')) continue;
    if (operand++ == entry->subcommand_operand) {
      return std::find(entry->subcommands.begin(), entry->subcommands.end(), word) != entry->subcommands.end();
    }
  }
  return entry->subcommands.empty();
}

}  // namespace dlint::knowledge
