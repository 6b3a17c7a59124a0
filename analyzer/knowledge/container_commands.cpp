#include "knowledge/container_commands.hpp"

#include <algorithm>
#include <array>

namespace dlint::knowledge {

// hadolint's DL3001 list, plus the obvious neighbours (systemctl, reboot, htop, nano, ifconfig).
constexpr std::array<std::string_view, 17> kPointless = {
    "free", "kill", "mount", "ps",     "service",   "shutdown", "ssh",  "top",     "vim",
    "vi",   "nano", "htop",  "reboot", "systemctl", "ifconfig", "halt", "poweroff"};

bool pointless_in_build(std::string_view program) {
  return std::find(kPointless.begin(), kPointless.end(), program) != kPointless.end();
}

}  // namespace dlint::knowledge
