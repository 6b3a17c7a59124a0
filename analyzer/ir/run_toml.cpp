#include "ir/run_toml.hpp"

#include <algorithm>

namespace dlint::ir {

bool RunTomlProject::defines(const std::string& name) const {
  return std::find(defined_variables.begin(), defined_variables.end(), name) != defined_variables.end();
}

}  // namespace dlint::ir
