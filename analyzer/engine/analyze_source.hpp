#pragma once
// Analyzing one file that is already in memory: parse it, derive the image config, run every enabled rule
// for its kind, apply severity overrides and suppressions. Pure: no I/O, so the CLI, the language server
// and the tests share it.
#include <optional>
#include <string>
#include <vector>

#include "engine/config.hpp"
#include "engine/finding.hpp"
#include "engine/input_kind.hpp"
#include "source/source_file.hpp"

namespace dlint {

class FileSystem;

namespace knowledge {
struct ImageSizeEstimate;
}
namespace portability {
struct Assessment;
}

// What an analysis may use beyond the text itself, and what it may hand back besides findings.
struct AnalysisOptions {
  // The files around the input (null: the text alone, as for stdin).
  const FileSystem* fs = nullptr;
  // The build context of a Dockerfile; nullopt means the Dockerfile's own directory, as `docker build .`
  // run beside it (a compose service passes its `build.context`).
  std::optional<std::string> context_dir = std::nullopt;
  // Findings silenced by an inline suppression are dropped, or moved here when it is given.
  std::vector<Finding>* suppressed = nullptr;
  // A compose file: further files merged over it, in order, relative to its directory (as several `-f`
  // options give them); the standard override file is then not read, as with `docker compose -f`.
  std::vector<std::string> compose_files = {};
  // When given, receives the size estimate of a Dockerfile's stages (measured against the files in `fs`).
  std::optional<knowledge::ImageSizeEstimate>* image_size = nullptr;
  // When given, receives the WASI-portability verdicts (portability/): one per service of a compose file,
  // one for a Dockerfile or Luakit script that has a stage.
  std::vector<portability::Assessment>* verdicts = nullptr;
};

std::vector<Finding> analyze_source(const SourceFile& file, InputKind kind, const Config& config,
                                    const AnalysisOptions& options = {});

// The input kinds analyze_source reads, in the order `--kind` lists them.
const std::vector<InputKind>& analyzed_kinds();
bool is_analyzed_kind(InputKind kind);

// Whether a rule runs under `config` (its default, unless the config switches it).
bool rule_enabled(const struct RuleMeta& rule, const Config& config);

}  // namespace dlint
