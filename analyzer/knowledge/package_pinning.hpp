#pragma once
// How each package manager pins the version of a package named on its command line, and which operands
// name no registry package at all (local files, paths, URLs, requirement files), so pinning rules judge
// only the names they should.
#include <string_view>

#include "knowledge/package_managers.hpp"

namespace dlint::knowledge {

enum class PinState : unsigned char {
  Pinned,      // carries a version: "curl=8.5.0-r0", "flask==3.0.0", "left-pad@1.3.0", "httpd-2.4.57"
  Unpinned,    // a plain registry package name
  NotPackage,  // a path, archive, URL, VCS reference, group, glob...: nothing to pin here
};

// The pin state of `operand`, an argument the manager's install subcommand would read as a package.
PinState pin_state(const PackageManager& manager, std::string_view operand);

// The package name without a tag the manager reads as a version ("gopls@latest" -> "gopls",
// "yarn@latest" -> "yarn"); other operands unchanged.
std::string_view without_tag(const PackageManager& manager, std::string_view operand);

// How a pinned form of `name` is written for the manager, for messages: "curl=<version>", "flask==<version>".
std::string_view pin_hint(const PackageManager& manager);

}  // namespace dlint::knowledge
