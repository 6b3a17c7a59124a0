// `dlint analyze`: discover inputs, analyze them in parallel, report, and turn the result into an exit code.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/commands.hpp"
#include "engine/analyze_source.hpp"
#include "engine/runner.hpp"
#include "reporters/reporter.hpp"

namespace dlint::cli {

int run_analyze(const AnalyzeArgs& args) {
  std::optional<InputKind> kind;
  if (args.kind) kind = parse_input_kind(*args.kind);

  std::vector<Input> inputs = discover(args.paths, kind, analyzed_kinds());

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
  const reporters::Format* format = reporters::find_format(args.format);
  if (format == nullptr) {
    std::cerr << "dlint: unknown format '" << args.format << "'\n";
    return kExitError;
  }
  reporters::Options report_options;
  report_options.color = color;
  std::error_code ec;
  report_options.srcroot = std::filesystem::current_path(ec).string();
  if (args.docs_url) report_options.docs_base_url = *args.docs_url;
  report_options.include_suppressed = args.include_suppressed;
  reporters::Warnings warnings;
  format->write(report, run, report_options, warnings);
  for (const auto& warning : warnings) std::cerr << "dlint: warning: " << warning << "\n";
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
