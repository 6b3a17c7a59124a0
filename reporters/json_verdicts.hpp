#pragma once
// An element of the `verdicts` array of the JSON report: whether a service, or an image built on its own,
// can become a WASI component (docs/wasi-verdicts.md).
#include "portability/verdict.hpp"
#include "reporters/common/json_text_writer.hpp"

namespace dlint::reporters {

void write_verdict_json(JsonTextWriter& out, const portability::Assessment& assessment);

}  // namespace dlint::reporters
