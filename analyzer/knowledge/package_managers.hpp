#pragma once
// What dlint knows about the package managers found in RUN instructions: how they are invoked, which
// subcommands install or refresh the index, which flags make them non-interactive or skip their cache,
// where their caches land in the image, and how a version is pinned. One table, read by every
// package-manager rule; a new rule or manager extends the table rather than matching strings itself.
#include <span>
#include <string_view>

#include "knowledge/command_line.hpp"

namespace dlint::knowledge {

enum class Ecosystem : unsigned char { Debian, Alpine, RedHat, Suse, Python, Node, Ruby, Go };

struct PackageManager {
  std::string_view name;  // canonical name, e.g. "apt-get"
  Ecosystem ecosystem;
  // Program names that run it. A trailing version is accepted too: "pip" matches "pip3" and "pip3.12".
  std::span<const std::string_view> programs;
  std::span<const std::string_view> install;         // subcommands that install packages ("install", "add")
  std::span<const std::string_view> update;          // subcommands that refresh the package index
  std::span<const std::string_view> prompting;       // subcommands that ask for confirmation without a yes flag
  std::span<const std::string_view> yes_flags;       // answer every prompt: "y", "assume-yes"
  std::span<const std::string_view> no_cache_flags;  // keep downloads out of the image: "no-cache"
  std::string_view no_cache_env;                     // environment variable with the same effect
  std::span<const std::string_view> cache_dirs;      // where downloads and indexes are kept by default
  std::span<const std::string_view> clean;           // subcommands that empty the cache ("clean")
  std::string_view version_separator;                // how a version is pinned: "=" (apt), "==" (pip), "@" (npm)
  OptionSpec options;                                // options (global or of any subcommand) that take a value
  std::span<const std::string_view> upgrade = {};    // subcommands that upgrade what is installed
  // Operands of a `clean` subcommand that empty the download cache ("all" for `yum clean all`); empty
  // when the subcommand alone does it (`zypper clean`).
  std::span<const std::string_view> clean_operands = {};
  std::span<const std::string_view> version_flags = {};  // options pinning the version of the whole call (gem -v)
  std::span<const std::string_view> remove = {};         // subcommands that uninstall the named packages
  // Words before the real subcommand that only change its scope: `yarn global add x` adds x.
  std::span<const std::string_view> scope_words = {};
};

// Every known package manager.
std::span<const PackageManager> package_managers();

// The manager a program name runs ("pip3.11" -> pip), or null. `python -m pip` is recognised by
// match_package_manager (package_manager_call.hpp), not here.
const PackageManager* find_package_manager(std::string_view program);

// The manager with this canonical name; null when unknown.
const PackageManager* package_manager_named(std::string_view name);

// True when `program` is `base` or `base` followed by a version ("python3", "python3.12", "pip3").
bool program_matches(std::string_view program, std::string_view base);

bool contains_name(std::span<const std::string_view> names, std::string_view name);

}  // namespace dlint::knowledge
