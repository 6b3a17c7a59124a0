#include "rules/support/package_cache.hpp"

#include <string>

#include "knowledge/package_manager_call.hpp"

namespace dlint::rules {

namespace {

// The system managers of one distribution share their cache (yum is dnf on recent Red Hat systems, apt
// and apt-get are one tool); language managers each keep their own.
bool shares_cache(const knowledge::PackageManager& a, const knowledge::PackageManager& b) {
  if (&a == &b) return true;
  if (a.ecosystem != b.ecosystem) return false;
  using knowledge::Ecosystem;
  return a.ecosystem == Ecosystem::Debian || a.ecosystem == Ecosystem::Alpine || a.ecosystem == Ecosystem::RedHat ||
         a.ecosystem == Ecosystem::Suse;
}

// "/var/cache/yum", "/var/cache/yum/", "/var/cache/yum/*", "/var/cache/yum/x86_64" are under
// "/var/cache/yum"; "/var/cache" is above it and removes it too.
bool covers(std::string_view removed, std::string_view dir) {
  while (removed.size() > 1 && (removed.back() == '*' || removed.back() == '/')) removed.remove_suffix(1);
  if (removed.empty()) return false;
  if (removed.size() <= dir.size()) {
    return dir.substr(0, removed.size()) == removed && (removed.size() == dir.size() || dir[removed.size()] == '/');
  }
  return removed.substr(0, dir.size()) == dir && removed[dir.size()] == '/';
}

// `$(yarn cache dir)`, `$(pip cache dir)`, `$(npm config get cache)`: the manager names its own cache.
bool names_own_cache(std::string_view word, const knowledge::PackageManager& manager) {
  for (std::string_view program : manager.programs) {
    for (std::string_view query : {" cache dir)", " config get cache)"}) {
      std::string pattern = "$(";
      pattern.append(program).append(query);
      if (word.find(pattern) != std::string_view::npos) return true;
    }
  }
  return false;
}

bool removes_dir(const ir::SimpleCommand& command, const knowledge::PackageManager& manager) {
  std::size_t index = knowledge::effective_program_index(command);
  if (index >= command.argv.size() || knowledge::program_basename(command.argv[index].value) != "rm") return false;
  for (std::size_t i = index + 1; i < command.argv.size(); ++i) {
    if (names_own_cache(command.argv[i].value, manager)) return true;
    std::string_view path = command.argv[i].value;
    if (path.empty() || path.front() != '/') continue;
    for (std::string_view dir : manager.cache_dirs) {
      if (covers(path, dir)) return true;
    }
  }
  return false;
}

}  // namespace

bool cleans_cache(const ir::SimpleCommand& command, const knowledge::PackageManager& manager) {
  if (const auto& call = knowledge::match_package_manager(command)) {
    if (!shares_cache(*call->manager, manager) || !call->subcommand_in(call->manager->clean)) return false;
    if (call->manager->clean_operands.empty()) return true;
    for (const ir::ShellWord* operand : call->operands()) {
      if (knowledge::contains_name(call->manager->clean_operands, operand->value)) return true;
    }
    return false;
  }
  for (const auto& other : knowledge::package_managers()) {
    if (shares_cache(other, manager) && removes_dir(command, other)) return true;
  }
  return false;
}

bool cache_kept_out_of_layer(const RunInstruction& run, std::size_t index, const knowledge::PackageManager& manager) {
  for (const auto& other : knowledge::package_managers()) {
    if (shares_cache(other, manager) && run.mounts_cache_over(other.cache_dirs)) return true;
  }
  const auto& commands = run.script.commands;
  for (std::size_t j = index + 1; j < commands.size(); ++j) {
    if (cleans_cache(commands[j], manager)) return true;
  }
  return false;
}

}  // namespace dlint::rules
