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

// Whether a COPY source is application source code rather than a manifest or a configuration file the
// install reads: a directory (`src/`, `app`, `cmd`), or a file with a source-code extension (`main.go`,
// `*.py`). Used to tell `COPY package.json src/ ./` (sources ride along with the manifest) from
// `COPY package.json .npmrc ./` (everything there is input to the install).
bool looks_like_source_code(std::string_view path);

}  // namespace dlint::knowledge
