// SIZE141: the directory beside a .dockerignore holds .git, node_modules or similar, not excluded.
#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "knowledge/context_paths.hpp"
#include "rules/support/context_copies.hpp"
#include "rules/support/dockerignore_edits.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

class DockerignoreMissesBulkyPath final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE141",
        .name = "dockerignore-misses-bulky-path",
        .family = "size",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerignore},
        .summary = ".git, node_modules, target/ or a similar directory in the context is not excluded",
        .rationale =
            "The Git history, installed dependencies, build output, virtualenvs, caches and editor settings "
            "are rebuilt inside the image or not needed there at all; sending them slows every build and a "
            "broad COPY puts them into a layer. The fix appends the directories found.",
        .bad_example = "# the directory holds .git/ and node_modules/\n.env\n",
        .good_example = ".env\n.git\nnode_modules\n",
        .fixable = true,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.context || !ctx.context->ignore() || ctx.build) return;
    const ir::ContextWalk* walk = ctx.context->walk();
    if (!walk) return;
    std::vector<std::string> paths;
    std::string list;
    for (const auto& entry : walk->entries) {
      if (!entry.sent || entry.stat.type != FileType::Directory) continue;
      bool inside_reported = false;
      for (const auto& p : paths) inside_reported = inside_reported || entry.path.starts_with(p + "/");
      if (inside_reported) continue;
      auto what = knowledge::bulky_directory(entry.path);
      if (!what) continue;
      list += concat({list.empty() ? "" : ", ", entry.path, "/ (", *what, ")"});
      paths.push_back(entry.path);
    }
    if (paths.empty()) return;
    report_not_excluded(ctx, list, paths);
  }
};

}  // namespace

DLINT_REGISTER_RULE(DockerignoreMissesBulkyPath);

}  // namespace dlint::rules
