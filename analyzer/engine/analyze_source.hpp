#pragma once
// Analyzing one file that is already in memory: parse it, derive the image config, run every enabled rule
// for its kind, apply severity overrides and suppressions. Pure: no I/O, so the CLI, the language server
// and the tests share it.
#include <optional>
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

// `fs` gives rules the files around the input (null: the text alone, as for stdin). When `image_size` is
// given, it receives the size estimate of a Dockerfile's stages (measured against the files in `fs`, with
// the Dockerfile's directory as the build context).
std::vector<Finding> analyze_source(const SourceFile& file, InputKind kind, const Config& config,
                                    const FileSystem* fs = nullptr,
                                    std::optional<knowledge::ImageSizeEstimate>* image_size = nullptr);

// Whether a rule runs under `config` (its default, unless the config switches it).
bool rule_enabled(const struct RuleMeta& rule, const Config& config);

}  // namespace dlint
