#pragma once
// Rewrites a run.toml written in the migration guide's dialect ([package], [[component]], [bridge.NAME],
// [env.PROFILE]) into the dialect the runtime reads ([project], [components.NAME], [docker.NAME], [dev]).
#include <string>
#include <vector>

#include "frontends/runtoml/toml_tree.hpp"
#include "ir/run_toml.hpp"

namespace dlint::runtoml {

// The whole file in the runtime dialect. What has no equivalent there (a component's `wit`, a bridge's
// image and environment, profiles, ...) is kept as comments and described in `losses`.
std::string rewrite_to_runtime_dialect(const TomlNode& root, const ir::RunTomlProject& project,
                                       std::vector<std::string>& losses);

// A TOML basic string, quoted and escaped.
std::string toml_string(std::string_view value);
// A key, bare when TOML allows it, else quoted.
std::string toml_key(std::string_view key);

}  // namespace dlint::runtoml
