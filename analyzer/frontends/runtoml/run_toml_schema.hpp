#pragma once
// The shape of a run.toml in both dialects — the runtime's ([project], [components.NAME], [docker.NAME],
// ...) and the migration guide's ([package], [[component]], [bridge.NAME], ...) — as a data table of keys
// and the types they take, and a validator that reports every unknown key and wrong type.
#include <string_view>
#include <vector>

#include "frontends/runtoml/toml_tree.hpp"
#include "ir/application.hpp"

namespace dlint::runtoml {

// Top-level sections of each dialect.
bool runtime_section(std::string_view key);
bool guide_section(std::string_view key);

// A key a guide-dialect `[[component]]` table defines itself (not a `NAME.env` table under it).
bool guide_component_key(std::string_view key);

void validate_schema(const TomlNode& root, std::vector<ir::ComposeError>& errors);

}  // namespace dlint::runtoml
