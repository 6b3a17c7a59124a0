#include "rules/support/run_instructions.hpp"

namespace dlint::rules {

static std::string_view without_trailing_slashes(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  return path;
}

bool RunInstruction::mounts_cache_over(std::span<const std::string_view> dirs) const {
  for (const auto& mount : run.mounts) {
    if (mount.type != ir::Mount::Type::Cache && mount.type != ir::Mount::Type::Tmpfs) continue;
    std::optional<std::string_view> target = mount.option("target");
    if (!target) target = mount.option("dst");
    if (!target) target = mount.option("destination");
    if (!target) continue;
    std::string_view mounted = without_trailing_slashes(*target);
    for (std::string_view dir : dirs) {
      if (dir == mounted) return true;
      if (dir.size() > mounted.size() && dir.substr(0, mounted.size()) == mounted && dir[mounted.size()] == '/')
        return true;
    }
  }
  return false;
}

ir::ShellScript script_from_exec(const ir::Command& command) {
  ir::ShellScript script;
  if (command.exec_args.empty()) return script;
  ir::SimpleCommand simple;
  for (const auto& arg : command.exec_args) {
    ir::ShellWord word;
    word.raw = arg.value;
    word.value = arg.value;
    word.span = arg.span;
    word.quoted = true;
    simple.argv.push_back(std::move(word));
  }
  simple.span = command.span;
  script.commands.push_back(std::move(simple));
  return script;
}

}  // namespace dlint::rules
