#pragma once
// One invocation of a package manager in a shell command, read with the manager's own option rules:
// `sudo apt-get -o X=1 install -y curl`, `python3 -m pip install --user x`, `eatmydata apt-get ...`.
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ir/shell_script.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/package_managers.hpp"

namespace dlint::knowledge {

struct PackageManagerCall {
  const PackageManager* manager = nullptr;
  const ir::SimpleCommand* command = nullptr;
  std::size_t program_word = 0;           // argv index of the manager's word (the "pip" of `python -m pip`)
  std::vector<ParsedArg> args;            // argv after program_word, parsed with the manager's OptionSpec
  std::optional<std::size_t> subcommand;  // index into `args` of the first operand, if any

  [[nodiscard]] const ir::ShellWord& word(std::size_t argv_index) const { return command->argv[argv_index]; }
  [[nodiscard]] const ir::ShellWord& program() const { return word(program_word); }
  // The subcommand word ("install"), or null when the manager was run without one.
  [[nodiscard]] const ir::ShellWord* subcommand_word() const;
  [[nodiscard]] std::string_view subcommand_name() const;
  [[nodiscard]] bool subcommand_in(std::span<const std::string_view> names) const;
  [[nodiscard]] bool installs() const { return subcommand_in(manager->install); }
  [[nodiscard]] bool updates_index() const { return subcommand_in(manager->update); }

  [[nodiscard]] const ParsedArg* find_option(std::initializer_list<std::string_view> names) const {
    return knowledge::find_option(args, names);
  }
  [[nodiscard]] bool has_option(std::initializer_list<std::string_view> names) const {
    return find_option(names) != nullptr;
  }
  [[nodiscard]] bool has_option_in(std::span<const std::string_view> names) const;
  // The operands after the subcommand: packages, files, requirement specs... (option values excluded).
  [[nodiscard]] std::vector<const ir::ShellWord*> operands() const;
};

// The package-manager call `command` makes, looking through wrappers (sudo, env, eatmydata, ...) and
// `python -m pip`. nullopt when the command runs no known package manager. Read once per command and kept
// on it: the result lives as long as the command.
const std::optional<PackageManagerCall>& match_package_manager(const ir::SimpleCommand& command);

// True when the call cannot stop at a prompt: a yes flag, or for apt a quiet level of 2 (`-qq`, `-q -q`,
// `-q=2`), which implies --yes, or `-o APT::Get::Assume-Yes=true`.
bool assumes_yes(const PackageManagerCall& call);

// The value of an apt configuration item set with `-o Name=value` on the command line (names compare
// case-insensitively, as apt does), or nullopt.
std::optional<std::string_view> apt_config_option(const PackageManagerCall& call, std::string_view name);

// apt's reading of a boolean value: "true", "yes", "on", "1" (any case); nullopt when not a boolean.
std::optional<bool> apt_boolean(std::string_view value);

}  // namespace dlint::knowledge
