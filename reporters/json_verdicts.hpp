#pragma once
// An element of the `verdicts` array of the JSON report: whether a service, or an image built on its own,
// can become a WASI component (docs/wasi-verdicts.md).
#include <nlohmann/json.hpp>

#include "portability/verdict.hpp"

namespace dlint::reporters {

nlohmann::ordered_json verdict_json(const portability::Assessment& assessment);

}  // namespace dlint::reporters
