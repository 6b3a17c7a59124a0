#pragma once
// Suppression comments in a .dockerignore: `# dlint ignore=ID[,ID]` silences the next pattern line,
// `# dlint ignore-file=ID[,ID]` the whole file (the same spellings as in a Dockerfile).
#include <vector>

#include "engine/finding.hpp"
#include "ir/build_context.hpp"
#include "source/source_file.hpp"

namespace dlint {

// Drops the findings that a suppression comment of `file` silences.
void apply_dockerignore_suppressions(const SourceFile& file, const ir::IgnoreFile& ignore,
                                     std::vector<Finding>& findings);

}  // namespace dlint
