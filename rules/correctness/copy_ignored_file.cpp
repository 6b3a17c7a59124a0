// COR140: COPY or ADD names a path that the .dockerignore leaves out of the build context.
#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/context_copies.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

class CopyIgnoredFile final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR140",
        .name = "copy-ignored-file",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Dockerfile},
        .summary = "COPY or ADD of a path that .dockerignore excludes",
        .rationale =
            "Files the .dockerignore excludes are never sent to the builder, so a COPY or ADD that names one "
            "fails with \"not found\" (or, with a wildcard, copies nothing). Either stop excluding the path "
            "(a `!path` line re-includes it) or stop copying it. The check uses Docker's own matching rules: "
            "a pattern that matches a directory excludes everything below it, and the last matching pattern "
            "wins. Silent when the source is re-included below (a `!dir/keep` line makes `COPY dir` work).",
        .bad_example = "# .dockerignore: docs\nFROM nginx:1.27\nCOPY docs /usr/share/nginx/html\n",
        .good_example = "# .dockerignore: docs/drafts\nFROM nginx:1.27\nCOPY docs /usr/share/nginx/html\n",
        .fixable = false,
        .aliases = {"CopyIgnoredFile"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || !ctx.context || !ctx.context->ignore()) return;
    const ir::IgnoreFile& ignore = *ctx.context->ignore();
    for (const auto& source : context_sources(*ctx.build)) {
      if (source.path == ".") continue;
      auto verdict = ignore.matcher.decide(source.path);
      if (!verdict.excluded) continue;
      // Something below the source re-included: the copy still finds files.
      if (const ir::ContextWalk* walk = ctx.context->walk(); walk && !copied_entries(*walk, source).empty()) continue;
      const ir::IgnoreLine& line = ignore.lines[*verdict.pattern];
      std::string keyword = source.op->kind == ir::OpKind::Add ? "ADD" : "COPY";
      ctx.report(source.source->span, concat({"`", source.source->value, "` is excluded by `", line.text, "` (line ",
                                              std::to_string(line.line), " of ", ignore.path,
                                              "), so the builder never receives it and this ", keyword,
                                              source.wildcard ? " matches nothing" : " fails"}));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(CopyIgnoredFile);

}  // namespace dlint::rules
