#pragma once
// Turning command-line paths into the list of files to analyze: files as given, directories walked in
// sorted order honoring .gitignore, each file classified by its name.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/input_kind.hpp"

namespace dlint {

// The kind a file name suggests, or nullopt for files dlint does not read.
std::optional<InputKind> classify(std::string_view filename);

struct Input {
  std::string path;
  std::optional<InputKind> kind;     // nullopt: named explicitly but of no kind dlint knows
  bool named = false;                // given on the command line (not found by a walk)
  std::optional<std::string> error;  // e.g. "no such file or directory"
  // A compose file: further files merged over it, in order (`docker compose -f path -f a -f b`), as paths
  // relative to its directory or absolute.
  std::vector<std::string> merged_files = {};
};

// `kind_override` (--kind) applies to every named file. Walks collect only the kinds dlint analyzes today
// (`walk_kinds`).
std::vector<Input> discover(const std::vector<std::string>& paths, std::optional<InputKind> kind_override,
                            const std::vector<InputKind>& walk_kinds);

}  // namespace dlint
