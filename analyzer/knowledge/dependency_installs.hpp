#pragma once
// Commands that install a project's dependencies from its manifest (npm ci, pip install -r, cargo build,
// go mod download, ...), and the manifest files each one reads. Layer-ordering rules use this to say
// "copy these files first, install, then copy the rest".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/shell_script.hpp"

namespace dlint::knowledge {

struct DependencyInstall {
  std::string_view ecosystem;          // "npm", "cargo", ...
  std::vector<std::string> manifests;  // files to copy before the install
  bool also_builds = false;            // `go build`, `cargo build`: counts only if no pure install came first
};

std::optional<DependencyInstall> dependency_install(const ir::SimpleCommand& command);

}  // namespace dlint::knowledge
