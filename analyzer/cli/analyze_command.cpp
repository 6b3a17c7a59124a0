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

namespace {

// The files of one project (`--compose-file A --compose-file B`) as one input: A, with B merged over it.
// A file that cannot be found makes the whole input an input error, as `docker compose -f` refuses it.
Input compose_project_input(const std::vector<std::string>& files) {
  namespace fs = std::filesystem;
  Input input;
  input.path = files.front();
  input.kind = InputKind::Compose;
  input.named = true;
  const fs::path project_dir = fs::path(files.front()).parent_path();
  for (const auto& file : files) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) {
      input.error = file + ": no such compose file";
      return input;
    }
    if (&file == &files.front()) continue;
    // The loader resolves merged files against the project directory, as compose does with its own paths.
    fs::path path(file);
    input.merged_files.push_back(path.is_absolute() ? file : path.lexically_relative(project_dir).generic_string());
  }
  return input;
}

}  // namespace

int run_analyze(const AnalyzeArgs& args) {
  std::optional<InputKind> kind;
  if (args.kind) kind = parse_input_kind(*args.kind);

  if (args.paths.empty() && args.compose_files.empty()) {
    std::cerr << "dlint analyze: nothing to analyze: give PATH... or --compose-file (see dlint analyze --help)\n";
    return kExitError;
  }
  std::vector<Input> inputs = discover(args.paths, kind, analyzed_kinds());
  if (!args.compose_files.empty()) inputs.push_back(compose_project_input(args.compose_files));

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
  report_options.jobs = args.jobs;
  reporters::Warnings warnings;
  if (args.output) {
    std::ostringstream report;
    format->write(report, run, report_options, warnings);
    std::string error;
    if (!write_file_atomically(*args.output, report.str(), error)) {
      std::cerr << "dlint: " << *args.output << ": " << error << "\n";
      return kExitError;
    }
  } else {
    // Straight to stdout: a report over thousands of files is tens of megabytes.
    format->write(std::cout, run, report_options, warnings);
    std::cout << std::flush;
  }
  for (const auto& warning : warnings) std::cerr << "dlint: warning: " << warning << "\n";

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
