// BP140: the whole build context is copied and there is no .dockerignore to keep anything out.
#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/context_copies.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

class MissingDockerignore final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP140",
        .name = "missing-dockerignore",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "A directory of the context is copied and there is no .dockerignore",
        .rationale =
            "`COPY . .` (or copying any directory) sends and copies everything in it: the Git history, "
            "local build output, editor files, and any .env or key that happens to lie there. A "
            ".dockerignore at the root of the context (or `<Dockerfile>.dockerignore` beside the Dockerfile) "
            "keeps them out of the build and the image, and keeps the layer cache from being invalidated by "
            "files the image does not need. Copies of single files are fine without one: BuildKit only "
            "transfers what is named.",
        .bad_example = "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n",
        .good_example = "# .dockerignore: .git node_modules .env\nFROM node:20-alpine\nWORKDIR /app\nCOPY . .\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || !ctx.context || ctx.context->ignore()) return;
    const ir::ContextWalk* walk = ctx.context->walk();
    if (!walk) return;
    for (const auto& source : context_sources(*ctx.build)) {
      const ir::ContextEntry* entry = source.path == "." ? nullptr : walk->find(source.path);
      bool directory = source.path == "." || (entry && entry->stat.type == FileType::Directory);
      if (!directory) continue;
      ctx.report(source.source->span, concat({describe_copy(*source.op), ", copies ",
                                              source.path == "." ? "the whole build context" : "a directory",
                                              ", and there is no .dockerignore in `", ctx.context->directory(), "`",
                                              " to keep the Git history, build output or secrets out"}));
      return;  // once per Dockerfile, at the first broad copy
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(MissingDockerignore);

}  // namespace dlint::rules
