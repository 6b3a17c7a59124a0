#pragma once
// Validates a compose file against the Compose Specification's shape of it (the data table of keys and the
// types they take in compose_schema_table.hpp), reporting every unknown key, wrong type and bad enum value
// (not only the first).
#include <vector>

#include "frontends/compose/yaml_tree.hpp"
#include "ir/application.hpp"

namespace dlint::compose {

void validate_schema(const yaml::Node& root, std::vector<ir::ComposeError>& errors);

}  // namespace dlint::compose
