// SIZE140: a COPY or ADD pulls a bulky or tool-private directory (.git, node_modules, target/...) from the
// build context.
#include <map>

#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/context_paths.hpp"
#include "rules/support/context_copies.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

class BulkyPathCopied final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE140",
        .name = "bulky-path-copied",
        .family = "size",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "COPY pulls .git, node_modules, target/ or a similar directory from the context",
        .rationale =
            "The Git history, installed dependencies, local build output, virtualenvs, caches and editor "
            "settings are large, change all the time, and are rebuilt inside the image anyway: copying them "
            "slows every build, bloats the image, invalidates the layer cache on unrelated changes, and can "
            "mix host-built binaries into the image. List them in .dockerignore.",
        .bad_example = "# the context holds node_modules/ and .git/\nFROM node:20-alpine\nCOPY . /app\n",
        .good_example = "# .dockerignore: .git node_modules\nFROM node:20-alpine\nCOPY . /app\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || !ctx.context) return;
    const ir::ContextWalk* walk = ctx.context->walk();
    if (!walk) return;
    for (const auto& source : context_sources(*ctx.build)) {
      // Bulky directories pulled in (the outermost one of each nest), with the bytes below them.
      std::map<std::string, std::pair<std::string_view, std::uint64_t>> bulky;
      for (const ir::ContextEntry* entry : copied_entries(*walk, source)) {
        const std::string* owner = nullptr;
        for (const auto& [path, info] : bulky) {
          if (entry->path.starts_with(path + "/")) owner = &path;
        }
        if (owner != nullptr) {
          if (entry->stat.type == FileType::Regular) bulky[*owner].second += entry->stat.size;
          continue;
        }
        if (entry->stat.type != FileType::Directory) continue;
        if (auto what = knowledge::bulky_directory(entry->path)) bulky[entry->path] = {*what, 0};
      }
      if (bulky.empty()) continue;
      std::string list;
      for (const auto& [path, info] : bulky) {
        if (!list.empty()) list += ", ";
        list += concat({path, "/ (", info.first, ", ", human_size(info.second), ")"});
      }
      ctx.report(source.source->span,
                 concat({describe_copy(*source.op), ", copies ", list, " from the build context; list ",
                         bulky.size() == 1 ? "it" : "them", " in .dockerignore"}));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(BulkyPathCopied);

}  // namespace dlint::rules
