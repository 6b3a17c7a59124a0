#include "context/context_walk.hpp"

#include <algorithm>

#include "source/limits.hpp"

namespace dlint::context {
namespace {

struct Walker {
  const FileSystem& fs;
  const std::string& root;
  const IgnoreMatcher* ignore;
  const ir::WalkLimits& limits;
  ir::ContextWalk out;

  // Iterative depth-first walk, so a deep tree cannot exhaust the stack.
  void run() {
    struct Pending {
      std::string relative;  // "" for the root
      std::uint32_t depth;
    };
    std::vector<Pending> stack{{"", 0}};
    while (!stack.empty()) {
      Pending dir = std::move(stack.back());
      stack.pop_back();
      if (dir.depth >= limits.max_depth) {
        out.truncated = true;
        continue;
      }
      std::vector<DirEntry> entries = fs.list(dir.relative.empty() ? root : join_path(root, dir.relative));
      std::vector<Pending> below;
      for (auto& e : entries) {
        if (out.entries.size() >= limits.max_entries) {
          out.truncated = true;
          return;
        }
        ir::ContextEntry entry;
        entry.path = dir.relative.empty() ? e.name : dir.relative + "/" + e.name;
        entry.stat = e.stat;
        entry.depth = dir.depth + 1;
        entry.sent = ignore == nullptr || !ignore->excluded(entry.path);
        if (entry.stat.type == FileType::Directory) {
          entry.walked = entry.sent || (ignore != nullptr && ignore->may_reinclude_below(entry.path));
          if (entry.walked) below.push_back({entry.path, entry.depth});
        } else if (entry.sent && entry.stat.type == FileType::Regular) {
          out.sent_bytes += entry.stat.size;
          ++out.sent_files;
        }
        out.entries.push_back(std::move(entry));
      }
      // Reversed onto the stack, so directories are visited in name order.
      for (auto it = below.rbegin(); it != below.rend(); ++it) stack.push_back(std::move(*it));
    }
  }
};

}  // namespace

ir::ContextWalk walk_context(const FileSystem& fs, const std::string& root, const IgnoreMatcher* ignore,
                             const ir::WalkLimits& limits) {
  ir::WalkLimits bounded = limits;
  if (ignore != nullptr && !ignore->patterns().empty()) {
    bounded.max_entries = std::min(bounded.max_entries, limits::max_ignore_tests / ignore->patterns().size());
  }
  Walker walker{fs, root, ignore, bounded, {}};
  walker.run();
  return std::move(walker.out);
}

}  // namespace dlint::context
