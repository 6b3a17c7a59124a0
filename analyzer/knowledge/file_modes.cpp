#include "knowledge/file_modes.hpp"

#include <algorithm>
#include <array>

namespace dlint::knowledge {

namespace {

struct ModeOption {
  std::string_view program;
  std::string_view option;
};

constexpr std::array<ModeOption, 6> kModeOptions = {{
    {"mkdir", "m"},
    {"mkdir", "mode"},
    {"install", "m"},
    {"install", "mode"},
    {"mkfifo", "m"},
    {"mkfifo", "mode"},
}};

bool octal_world_writable(std::string_view mode) {
  if (mode.empty() || mode.size() > 4) return false;
  if (!std::all_of(mode.begin(), mode.end(), [](char c) { return c >= '0' && c <= '7'; })) return false;
  const int others = mode.back() - '0';
  const bool sticky = mode.size() == 4 && ((mode.front() - '0') & 1) != 0;
  return (others & 2) != 0 && !sticky;
}

bool symbolic_world_writable(std::string_view mode) {
  bool writable = false;
  bool sticky = false;
  while (!mode.empty()) {
    std::size_t comma = mode.find(',');
    std::string_view clause = mode.substr(0, comma);
    mode = comma == std::string_view::npos ? std::string_view() : mode.substr(comma + 1);
    std::size_t op = clause.find_first_of("+-=");
    if (op == std::string_view::npos) return false;  // not a symbolic mode
    std::string_view who = clause.substr(0, op);
    if (who.find_first_not_of("ugoa") != std::string_view::npos) return false;
    const char operation = clause[op];
    std::string_view perms = clause.substr(op + 1);
    if (operation == '-') continue;
    if (perms.find('t') != std::string_view::npos) sticky = true;
    const bool others = who.find_first_of("oa") != std::string_view::npos;
    if (others && perms.find('w') != std::string_view::npos) writable = true;
  }
  return writable && !sticky;
}

}  // namespace

bool world_writable_mode(std::string_view mode) {
  if (mode.empty()) return false;
  if (mode.front() >= '0' && mode.front() <= '9') return octal_world_writable(mode);
  return symbolic_world_writable(mode);
}

bool takes_mode_option(std::string_view program, std::string_view option) {
  return std::any_of(kModeOptions.begin(), kModeOptions.end(),
                     [&](const ModeOption& m) { return m.program == program && m.option == option; });
}

}  // namespace dlint::knowledge
