#pragma once
// The shape the per-file formats (SARIF, checkstyle, gnu, GitHub, Code Climate, JUnit, rdjson) expect:
// one report per file, each finding in the report of the file its span is in, and no secret in any text
// a format may quote.
#include "engine/runner.hpp"

namespace dlint::reporters {

// Findings an analysis made in other files (`Finding::file`: a compose file's override file, the
// Dockerfile a service builds) move to the report of that file, which is added after the input's when no
// input has that path. Sources whose findings mark secret bytes (`Finding::secrets`) are replaced by
// copies with those bytes masked, so code snippets never carry a secret.
RunResult reports_by_file(const RunResult& run);

}  // namespace dlint::reporters
