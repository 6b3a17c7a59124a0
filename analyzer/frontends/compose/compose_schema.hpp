#pragma once
// The Compose Specification's shape of a compose file, as a data table of keys and the types they take,
// and a validator that reports every unknown key, wrong type and bad enum value (not only the first).
#include <vector>

#include "frontends/compose/yaml_tree.hpp"
#include "ir/application.hpp"

namespace dlint::compose {

void validate_schema(const yaml::Node& root, std::vector<ir::ComposeError>& errors);

}  // namespace dlint::compose
