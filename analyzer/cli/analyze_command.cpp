// `dlint analyze`: discover inputs, analyze them in parallel, report, and turn the result into an exit code.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/commands.hpp"
#include "engine/runner.hpp"
#include "reporters/reporter.hpp"

namespace dlint::cli {

int run_analyze(const AnalyzeArgs& args) {
  std::optional<InputKind> kind;
  if (args.kind) kind = parse_input_kind(*args.kind);

  std::vector<Input> inputs = discover(args.paths, kind, {InputKind::Dockerfile, InputKind::Luakit});

  RunOptions options;
  options.jobs = args.jobs;
  options.stdin_filename = args.stdin_filename;
  for (const auto& input : inputs) {
    if (input.path == "-") {
      options.stdin_text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
      break;
    }
  }
  ConfigResolver configs(args.config ? std::optional<std::filesystem::path>(*args.config) : std::nullopt);
  options.configs = &configs;
  RunResult run = run_analysis(inputs, options);

  std::ostringstream report;
  bool to_terminal = !args.output && isatty(STDOUT_FILENO);
  bool color = to_terminal && !args.no_color && std::getenv("NO_COLOR") == nullptr;
  if (args.format == "json") {
    reporters::write_json(report, run);
  } else {
    reporters::write_tty(report, run, {color});
  }
  if (args.output) {
    std::string error;
    if (!write_file_atomically(*args.output, report.str(), error)) {
      std::cerr << "dlint: " << *args.output << ": " << error << "\n";
      return kExitError;
    }
  } else {
    std::cout << report.str() << std::flush;
  }

  // --failure-threshold beats the config's; each file otherwise answers to its own config.
  std::optional<std::optional<Severity>> cli_threshold;
  if (args.failure_threshold) {
    cli_threshold = *args.failure_threshold == "none" ? std::nullopt : parse_severity(*args.failure_threshold);
  }
  bool input_error = false;
  bool failing = false;
  for (std::size_t i = 0; i < run.files.size(); ++i) {
    const FileReport& file = run.files[i];
    if (file.input_error) input_error = true;
    std::optional<Severity> threshold = cli_threshold ? *cli_threshold : run.thresholds[i];
    if (!threshold) continue;
    for (const auto& f : file.findings) {
      if (at_or_above(f.severity, *threshold)) failing = true;
    }
  }
  if (input_error) return kExitError;
  return failing ? kExitFindings : kExitClean;
}

}  // namespace dlint::cli
