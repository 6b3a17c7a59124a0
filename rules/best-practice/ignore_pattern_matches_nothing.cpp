// BP141: a .dockerignore pattern that matches nothing in the directory beside it.
#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "knowledge/context_paths.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/ignore_lines.hpp"

namespace dlint::rules {
namespace {

// Whether the pattern could match below a directory the walk did not enter.
bool may_match_unwalked(const context::IgnorePattern& pattern, const ir::ContextWalk& walk) {
  std::string_view prefix = pattern.literal_prefix();
  if (prefix.empty()) return true;
  for (const auto& entry : walk.entries) {
    if (entry.walked || entry.stat.type != FileType::Directory) continue;
    std::string below = entry.path + "/";
    std::size_t n = std::min(prefix.size(), below.size());
    if (prefix.substr(0, n) == std::string_view(below).substr(0, n)) return true;
  }
  return false;
}

// Patterns that guard against files which appear later (dependencies, build output, secrets) are kept on
// purpose even when a fresh checkout has none of them.
bool defensive(const context::IgnorePattern& pattern) {
  std::string_view p = pattern.cleaned();
  while (p.starts_with("**/")) p.remove_prefix(3);
  while (p.ends_with("/**")) p.remove_suffix(3);
  std::string path(p);
  return knowledge::generated_path(path) || p.find_first_of("*?[") != std::string_view::npos;
}

class IgnorePatternMatchesNothing final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP141",
        .name = "ignore-pattern-matches-nothing",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerignore},
        .summary = "A .dockerignore pattern matches nothing in the context",
        .rationale =
            "A literal pattern that names no file or directory of the context beside the .dockerignore is "
            "usually a typo (`node_module`), a path written relative to the wrong directory (patterns are "
            "relative to the context root, not to the .dockerignore's own subdirectory), or left over from a "
            "file that was moved. Patterns with wildcards and patterns for paths that tools create later "
            "(node_modules, target, dist, logs, coverage, .env, ...) are not reported: they guard against files to "
            "come.",
        .bad_example = "# the context has no `buid` directory\nbuid\n",
        .good_example = "build\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.context || !ctx.context->ignore() || ctx.build) return;
    const ir::ContextWalk* walk = ctx.context->walk();
    if (!walk || walk->truncated) return;
    const ir::IgnoreFile& ignore = *ctx.context->ignore();
    const auto& patterns = ignore.matcher.patterns();
    for (std::size_t i = 0; i < ignore.lines.size() && i < patterns.size(); ++i) {
      const auto& pattern = patterns[i];
      if (pattern.error() || defensive(pattern) || may_match_unwalked(pattern, *walk)) continue;
      if (never_matches(ignore.lines[i], pattern)) continue;  // COR142 says why
      bool matched = false;
      for (const auto& entry : walk->entries) {
        if (pattern.matches(entry.path)) {
          matched = true;
          break;
        }
      }
      if (!matched) {
        ctx.report(ignore.lines[i].span,
                   concat({"`", ignore.lines[i].text, "` matches nothing in `", ctx.context->directory(), "`",
                           " (patterns are relative to the context root)"}));
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(IgnorePatternMatchesNothing);

}  // namespace dlint::rules
