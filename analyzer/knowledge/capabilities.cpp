#include "knowledge/capabilities.hpp"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace dlint::knowledge {

std::optional<std::string_view> dangerous_capability(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> table{{
      {"ALL", "grants every capability, as good as privileged"},
      {"SYS_ADMIN", "allows mount, namespace and many other administrative operations that escape the container"},
      {"NET_ADMIN", "lets the container reconfigure host-visible networking (interfaces, routes, firewall)"},
      {"SYS_PTRACE", "lets the container trace and inspect other processes"},
      {"SYS_MODULE", "lets the container load kernel modules into the host kernel"},
      {"SYS_RAWIO", "gives raw access to I/O ports and devices"},
      {"DAC_READ_SEARCH", "bypasses file read permission checks (the \"shocker\" escape)"},
      {"SYS_BOOT", "lets the container reboot the host"},
      {"SYS_TIME", "lets the container change the host's clock"},
      {"BPF", "lets the container load eBPF programs into the host kernel"},
      {"PERFMON", "gives access to kernel performance monitoring"},
      {"MAC_ADMIN", "lets the container change the mandatory access control policy"},
  }};
  std::string upper;
  for (char c : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string_view key = upper;
  if (key.substr(0, 4) == "CAP_") key.remove_prefix(4);
  for (const auto& [cap, reason] : table) {
    if (cap == key) return reason;
  }
  return std::nullopt;
}

}  // namespace dlint::knowledge
