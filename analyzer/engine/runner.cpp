#include "engine/runner.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "engine/analyze_source.hpp"
#include "engine/disk_file_system.hpp"
#include "engine/glob.hpp"
#include "engine/rule.hpp"
#include "source/file_system.hpp"
#include "source/limits.hpp"
#include "source/memoizing_file_system.hpp"
#include "support/parallel_for.hpp"

namespace fs = std::filesystem;

namespace dlint {
namespace {

std::optional<std::string> read_file(const std::string& path, std::string& text) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) return "cannot read the file: " + ec.message();
  if (size > limits::max_file_bytes) {
    return "the file is " + std::to_string(size / 1024) + " KiB, over the " +
           std::to_string(limits::max_file_bytes / (1024 * 1024)) + " MiB limit; not analyzed";
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return "cannot open the file for reading";
  std::ostringstream out;
  out << in.rdbuf();
  text = out.str();
  return std::nullopt;
}

// ignored-paths are globs relative to the directory of the config that lists them.
bool ignored_by_config(const Config& config, const std::string& path) {
  if (config.ignored_paths.empty() || config.origin.empty()) return false;
  std::error_code ec;
  fs::path base = fs::absolute(config.origin, ec).parent_path();
  std::string rel = fs::absolute(path, ec).lexically_relative(base).generic_string();
  for (const auto& pattern : config.ignored_paths) {
    if (glob_match(pattern, rel)) return true;
    // "vendor/" or "vendor" also covers everything below it.
    std::string dir = pattern;
    if (!dir.empty() && dir.back() == '/') dir.pop_back();
    if (rel.size() > dir.size() && rel.compare(0, dir.size(), dir) == 0 && rel[dir.size()] == '/') return true;
  }
  return false;
}

struct Slot {
  FileReport report;
  std::optional<Severity> threshold;
  bool skipped = false;  // found by a walk but excluded by ignored-paths
};

void analyze_one(const Input& input, const RunOptions& options, const FileSystem& files, FileId id, Slot& slot) {
  FileReport& report = slot.report;
  report.path = input.path == "-" ? options.stdin_filename : input.path;
  if (input.error) {
    report.error = *input.error;
    report.input_error = true;
    return;
  }
  // A file named on the command line whose name says nothing is read as a Dockerfile, as hadolint does.
  report.kind = input.kind;
  if (!report.kind && input.path == "-") report.kind = classify(fs::path(options.stdin_filename).filename().string());
  if (!report.kind) report.kind = InputKind::Dockerfile;

  ConfigResult config = options.configs->for_file(fs::path(input.path == "-" ? options.stdin_filename : input.path));
  if (auto* error = std::get_if<ConfigError>(&config)) {
    report.error = error->message;
    report.input_error = true;
    return;
  }
  const Config& cfg = std::get<Config>(config);
  slot.threshold = cfg.failure_threshold;
  if (!input.named && ignored_by_config(cfg, input.path)) {
    slot.skipped = true;
    return;
  }
  if (!is_analyzed_kind(*report.kind)) {
    report.error = std::string("dlint does not analyze ") + std::string(input_kind_name(*report.kind)) +
                   " files yet; use --kind dockerfile if this is a Dockerfile";
    return;
  }

  std::string text;
  if (input.path == "-") {
    text = options.stdin_text;
  } else if (auto error = read_file(input.path, text)) {
    report.error = *error;
    report.input_error = true;
    return;
  }
  auto source = std::make_shared<SourceFile>(id, report.path, std::move(text));
  // Text from stdin has no place on disk, so rules about the files around it stay silent.
  report.findings = analyze_source(*source, *report.kind, cfg,
                                   {.fs = input.path == "-" ? nullptr : &files,
                                    .suppressed = &report.suppressed,
                                    .compose_files = input.merged_files,
                                    .image_size = &report.image_size,
                                    .verdicts = &report.verdicts});
  report.source = std::move(source);
  for (const auto& f : report.findings) {
    if (f.file) continue;  // a problem in a file the input refers to, not in the input itself
    if (f.rule->id == std::string_view("COR001")) {
      // A Luakit script is evaluated only when it parses; a Dockerfile is read instruction by instruction.
      report.error = *report.kind == InputKind::Luakit
                         ? "the script has syntax errors, so it was not evaluated"
                         : "the file has syntax errors; every instruction that could be read was analyzed";
      break;
    }
    if (f.rule->id == std::string_view("COR100")) {
      report.error = "the compose file has syntax errors; everything that could be read was analyzed";
      break;
    }
  }
}

// A Dockerfile that is itself an input of the run (found by the same directory walk as the compose file
// that builds it) reports its own findings; the compose file keeps only those of its services' builds
// that the Dockerfile's own report does not have, such as findings that depend on a `target:`.
void drop_findings_reported_by_the_dockerfile_itself(std::vector<Slot>& slots) {
  std::map<std::string, const FileReport*> dockerfiles;
  for (const auto& slot : slots) {
    const FileReport& r = slot.report;
    if (!slot.skipped && r.kind == InputKind::Dockerfile && r.source) dockerfiles[normalize_path(r.path)] = &r;
  }
  if (dockerfiles.empty()) return;
  for (auto& slot : slots) {
    if (slot.report.kind != InputKind::Compose) continue;
    std::erase_if(slot.report.findings, [&](const Finding& f) {
      if (!f.file) return false;
      auto it = dockerfiles.find(normalize_path(f.file->path()));
      if (it == dockerfiles.end()) return false;
      const auto& own = it->second->findings;
      return std::any_of(own.begin(), own.end(), [&](const Finding& g) {
        return g.rule == f.rule && g.span.begin == f.span.begin && g.span.end == f.span.end;
      });
    });
  }
}

}  // namespace

RunResult run_analysis(const std::vector<Input>& inputs, const RunOptions& options) {
  std::vector<Slot> slots(inputs.size());
  // The files around the inputs do not change during the run, so what is learnt about them is kept.
  const DiskFileSystem disk;
  const MemoizingFileSystem files(disk);
  parallel_for(inputs.size(), options.jobs, [&](std::size_t i) {
    try {
      analyze_one(inputs[i], options, files, static_cast<FileId>(i), slots[i]);
    } catch (const std::exception& e) {
      slots[i].report.path = inputs[i].path;
      slots[i].report.error = std::string("internal error: ") + e.what();
    } catch (...) {
      slots[i].report.path = inputs[i].path;
      slots[i].report.error = "internal error";
    }
  });

  drop_findings_reported_by_the_dockerfile_itself(slots);
  RunResult result;
  for (auto& slot : slots) {
    if (slot.skipped) continue;
    result.files.push_back(std::move(slot.report));
    result.thresholds.push_back(slot.threshold);
  }
  return result;
}

}  // namespace dlint
