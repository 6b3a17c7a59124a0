#pragma once
// The `verdicts` array of the JSON report: whether each service and each image built on its own can
// become a WASI component (docs/wasi-verdicts.md).
#include <nlohmann/json.hpp>

#include "engine/runner.hpp"

namespace dlint::reporters {

nlohmann::ordered_json verdicts_json(const RunResult& run);

}  // namespace dlint::reporters
