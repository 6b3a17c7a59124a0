// SIZE142: how much a broad `COPY . .` sends from the build context, and its largest paths.
#include <algorithm>
#include <map>

#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/context_copies.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

constexpr std::size_t shown = 3;

class ContextSize final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE142",
        .name = "context-size",
        .family = "size",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "How much `COPY . .` pulls in from the build context, and its largest paths",
        .rationale =
            "A copy of the whole context sends every file the .dockerignore lets through, and puts them all "
            "in one layer. Knowing the total and the largest top-level paths shows what to exclude or copy "
            "more selectively. Off by default: switch it on (`rules: {SIZE142: on}` in .dlint.yaml) to see "
            "the figures.",
        .bad_example = "FROM node:20-alpine\nCOPY . /app\n",
        .good_example = "FROM node:20-alpine\nCOPY package.json package-lock.json /app/\nCOPY src /app/src\n",
        .fixable = false,
        .aliases = {},
        .enabled_by_default = false,
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || !ctx.context) return;
    const ir::ContextWalk* walk = ctx.context->walk();
    if (!walk) return;
    for (const auto& source : context_sources(*ctx.build)) {
      if (source.path != ".") continue;
      // Bytes per top-level path.
      std::map<std::string, std::uint64_t> top;
      std::map<std::string, bool> is_directory;
      for (const auto& entry : walk->entries) {
        if (!entry.sent) continue;
        std::string head = entry.path.substr(0, entry.path.find('/'));
        if (entry.depth == 1) is_directory[head] = entry.stat.type == FileType::Directory;
        if (entry.stat.type == FileType::Regular) top[head] += entry.stat.size;
      }
      std::vector<std::pair<std::string, std::uint64_t>> largest(top.begin(), top.end());
      std::stable_sort(largest.begin(), largest.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      std::string list;
      for (std::size_t i = 0; i < largest.size() && i < shown; ++i) {
        if (i > 0) list += ", ";
        list +=
            concat({largest[i].first, is_directory[largest[i].first] ? "/" : "", " ", human_size(largest[i].second)});
      }
      ctx.report(source.source->span,
                 concat({describe_copy(*source.op), ", sends ", walk->truncated ? "more than " : "",
                         std::to_string(walk->sent_files), " files (", human_size(walk->sent_bytes),
                         ") from the build context", list.empty() ? "" : "; largest: ", list}));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(ContextSize);

}  // namespace dlint::rules
