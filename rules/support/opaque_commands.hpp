#pragma once
// Commands whose effect cannot be seen from the Dockerfile.
#include "ir/shell_script.hpp"

namespace dlint::rules {

// A shell running a script or a string, or a local script (`./install.sh`, `/tmp/setup.sh`): it may
// install packages, remove files, anything.
bool runs_opaque_script(const ir::SimpleCommand& command);

}  // namespace dlint::rules
