// `dlint fix`: apply the fixes rules carry, as text edits, then re-check until nothing fixable is left.
// Safe fixes by default, unsafe ones with --unsafe-fixes; --diff prints what would change instead.
// Files are written atomically (temporary file + rename) with their mode kept, and a file with nothing
// to fix is never touched.
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "engine/disk_file_system.hpp"
#include "engine/fix_source.hpp"
#include "engine/runner.hpp"
#include "source/unified_diff.hpp"

namespace dlint::cli {

int run_fix(const FixArgs& args) {
  namespace fs = std::filesystem;
  std::optional<InputKind> kind;
  if (args.kind) kind = parse_input_kind(*args.kind);
  for (const auto& path : args.paths) {
    if (path == "-") {
      std::cerr << "dlint: fix rewrites files; it does not read stdin (use `dlint analyze -`)\n";
      return kExitError;
    }
  }
  std::vector<Input> inputs = discover(args.paths, kind, {InputKind::Dockerfile});
  ConfigResolver configs(args.config ? std::optional<fs::path>(*args.config) : std::nullopt);
  RunOptions options;
  options.jobs = args.jobs;
  options.configs = &configs;
  RunResult run = run_analysis(inputs, options);

  static const DiskFileSystem disk;
  FixOptions fix_options;
  fix_options.unsafe = args.unsafe_fixes;
  bool error = false;
  std::size_t fixed_total = 0;
  std::size_t files_changed = 0;
  std::size_t unsafe_left = 0;
  for (const FileReport& file : run.files) {
    if (file.error && file.input_error) {
      std::cerr << "dlint: " << file.path << ": " << *file.error << "\n";
      error = true;
      continue;
    }
    if (!file.source || !file.kind) continue;
    bool fixable = false;
    for (const auto& f : file.findings) fixable = fixable || f.fix.has_value();
    if (!fixable) continue;
    ConfigResult config = configs.for_file(fs::path(file.path));
    const Config* cfg = std::get_if<Config>(&config);
    if (cfg == nullptr) continue;  // reported by the analysis already
    FixResult result = fix_source(*file.source, *file.kind, *cfg, &disk, fix_options);
    unsafe_left += result.unsafe_remaining;
    if (!result.converged) {
      std::cerr << "dlint: " << file.path << ": fixes kept changing the file after " << fix_options.max_passes
                << " passes; stopped (please report this)\n";
    }
    if (result.text == file.source->text()) continue;
    fixed_total += result.applied;
    ++files_changed;
    if (args.diff) {
      std::cout << unified_diff(file.source->text(), result.text, fs::path(file.path).generic_string());
      continue;
    }
    std::string write_error;
    if (!write_file_atomically(file.path, result.text, write_error, /*keep_mode=*/true)) {
      std::cerr << "dlint: " << file.path << ": " << write_error << "\n";
      error = true;
    }
  }

  std::string problems = std::to_string(fixed_total) + (fixed_total == 1 ? " problem" : " problems");
  std::string files = std::to_string(files_changed) + (files_changed == 1 ? " file" : " files");
  if (fixed_total == 0) {
    std::cerr << "nothing to fix";
  } else {
    std::cerr << (args.diff ? "would fix " : "fixed ") << problems << " in " << files;
  }
  if (unsafe_left > 0) std::cerr << "; " << unsafe_left << " more with --unsafe-fixes";
  std::cerr << "\n";
  if (error) return kExitError;
  return args.diff && files_changed > 0 ? kExitFindings : kExitClean;
}

}  // namespace dlint::cli
