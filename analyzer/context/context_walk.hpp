#pragma once
// Walks a build context the way the builder receives it: every entry under the root in name order,
// symlinks sent as links (never followed, so nothing outside the context is reached), each entry marked
// sent or excluded by the .dockerignore. An excluded directory is looked into only when a `!` pattern
// could bring something inside it back, as BuildKit's walker does.
#include <string>

#include "context/ignore_matcher.hpp"
#include "ir/build_context.hpp"
#include "source/file_system.hpp"

namespace dlint::context {

ir::ContextWalk walk_context(const FileSystem& fs, const std::string& root, const IgnoreMatcher* ignore,
                             const ir::WalkLimits& limits);

}  // namespace dlint::context
