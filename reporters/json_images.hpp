#pragma once
// The `images` array of the JSON report: one entry per analyzed Dockerfile with its estimated size.
#include <nlohmann/json.hpp>

#include "engine/runner.hpp"

namespace dlint::reporters {

nlohmann::ordered_json images_json(const RunResult& run);

}  // namespace dlint::reporters
