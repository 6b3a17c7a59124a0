#pragma once
// Analyzes many inputs in parallel: reads each file, finds its config, runs analyze_source. Results come
// back in input order whatever order the threads finish in.
#include <optional>
#include <string>
#include <vector>

#include "engine/config_loader.hpp"
#include "engine/discovery.hpp"
#include "engine/file_report.hpp"

namespace dlint {

struct RunOptions {
  unsigned jobs = 0;       // 0: one per core
  std::string stdin_text;  // contents for the input named "-"
  std::string stdin_filename = "Dockerfile";
  ConfigResolver* configs = nullptr;  // required
};

struct RunResult {
  std::vector<FileReport> files;
  std::vector<std::optional<Severity>> thresholds;  // per file: the failure threshold of its config
};

RunResult run_analysis(const std::vector<Input>& inputs, const RunOptions& options);

}  // namespace dlint
