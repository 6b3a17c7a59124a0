#pragma once
// Loads a run.toml, in either dialect, into a RunTomlProject: its components become WASI services
// (`Service::component` set, paths resolved against the file's directory), its bridges and docker entries
// container services. TOML syntax errors and schema violations are kept as values, with their spans.
#include <memory>

#include "ir/run_toml.hpp"
#include "source/source_file.hpp"

namespace dlint::runtoml {

ir::RunTomlProject load_run_toml(const std::shared_ptr<const SourceFile>& file);

}  // namespace dlint::runtoml
