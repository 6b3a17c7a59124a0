#pragma once
// Packages that only building software needs: compilers and build systems (build-essential, gcc, make,
// cmake, ...), by the package names of each distribution.
#include <string_view>

#include "knowledge/package_managers.hpp"

namespace dlint::knowledge {

// True when `package` (as named to the manager's install, a version pin allowed) is a compiler, a
// toolchain meta-package or a build system: "gcc", "gcc-12", "g++=4:12.2.0-3", "build-base",
// "@development-tools". Libraries and their -dev headers are not counted.
bool is_build_tool_package(Ecosystem ecosystem, std::string_view package);

}  // namespace dlint::knowledge
