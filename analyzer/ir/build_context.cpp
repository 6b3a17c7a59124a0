#include "ir/build_context.hpp"

#include "context/context_walk.hpp"

namespace dlint::ir {

const ContextEntry* ContextWalk::find(std::string_view path) const {
  for (const auto& entry : entries) {
    if (entry.path == path) return &entry;
  }
  return nullptr;
}

BuildContext::BuildContext(const FileSystem* fs, std::string directory, std::optional<IgnoreFile> ignore,
                           WalkLimits limits)
    : fs_(fs), directory_(std::move(directory)), ignore_(std::move(ignore)), limits_(limits) {}

bool BuildContext::excluded(std::string_view path) const {
  return ignore_ && ignore_->matcher.excluded(path);
}

const ContextWalk* BuildContext::walk() const {
  if (fs_ == nullptr) return nullptr;
  if (!walk_) {
    // Everything the walk depends on: the root, the patterns in force and the bounds.
    std::string key = directory_;
    key += '\0';
    if (ignore_) {
      for (const auto& line : ignore_->lines) (key += line.pattern) += '\n';
    }
    key += '\0' + std::to_string(limits_.max_entries) + '/' + std::to_string(limits_.max_depth);
    walk_ = derive<ContextWalk>(*fs_, key, [&] {
      return context::walk_context(*fs_, directory_, ignore_ ? &ignore_->matcher : nullptr, limits_);
    });
  }
  return walk_.get();
}

std::string BuildContext::disk_path(std::string_view path) const {
  return join_path(directory_, std::string(path));
}

}  // namespace dlint::ir
