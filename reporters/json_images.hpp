#pragma once
// An entry of the `images` array of the JSON report: an analyzed Dockerfile with its estimated size.
#include <nlohmann/json.hpp>

#include "engine/runner.hpp"

namespace dlint::reporters {

// Null when the file has no size estimate (it is not a build, or has no stage).
nlohmann::ordered_json image_json(const FileReport& file);

}  // namespace dlint::reporters
