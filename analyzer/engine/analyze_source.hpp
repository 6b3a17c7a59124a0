#pragma once
// Analyzing one file that is already in memory: parse it, derive the image config, run every enabled rule
// for its kind, apply severity overrides and suppressions. Pure: no I/O, so the CLI, the language server
// and the tests share it.
#include <vector>

#include "engine/config.hpp"
#include "engine/finding.hpp"
#include "engine/input_kind.hpp"
#include "source/source_file.hpp"

namespace dlint {

class FileSystem;

// `fs` gives rules the files around the input (null: the text alone, as for stdin). Findings silenced
// by an inline suppression are dropped, or moved to `suppressed` when it is given.
std::vector<Finding> analyze_source(const SourceFile& file, InputKind kind, const Config& config,
                                    const FileSystem* fs = nullptr, std::vector<Finding>* suppressed = nullptr);

// Whether a rule runs under `config` (its default, unless the config switches it).
bool rule_enabled(const struct RuleMeta& rule, const Config& config);

}  // namespace dlint
