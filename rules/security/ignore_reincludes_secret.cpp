// SEC143: a `!` line of a .dockerignore brings a secret file back into the context.
#include <array>
#include <map>

#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "knowledge/context_paths.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

// Typical secret file names: a re-inclusion that matches one of them brings such files back.
constexpr std::array<std::string_view, 8> samples = {
    ".env",   ".env.production",  "server.pem",        "tls.key",
    "id_rsa", ".git-credentials", "terraform.tfstate", ".aws/credentials"};

class IgnoreReincludesSecret final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC143",
        .name = "ignore-reincludes-secret",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerignore},
        .summary = "A `!` pattern re-includes secret files",
        .rationale =
            "A `!` line undoes earlier exclusions for what it matches. `!.env`, `!*.pem` or `!config/*` "
            "after broader exclusions puts an environment file or a key back into the build context, from "
            "where a broad COPY takes it into the image. Re-include only what the build needs, and pass "
            "secrets with `RUN --mount=type=secret`.",
        .bad_example = "*\n!src\n!.env\n",
        .good_example = "*\n!src\n!.env.example\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.context || !ctx.context->ignore() || ctx.build) return;
    const ir::IgnoreFile& ignore = *ctx.context->ignore();
    const auto& patterns = ignore.matcher.patterns();
    // The secret files of the directory that a `!` line brings back, by that line.
    std::map<std::size_t, std::string> brought_back;
    if (const ir::ContextWalk* walk = ctx.context->walk()) {
      for (const auto& entry : walk->entries) {
        if (entry.stat.type != FileType::Regular || !entry.sent) continue;
        auto secret = knowledge::secret_file(entry.path);
        if (!secret) continue;
        auto verdict = ignore.matcher.decide(entry.path);
        if (verdict.pattern && patterns[*verdict.pattern].exclusion()) {
          brought_back.try_emplace(*verdict.pattern, concat({entry.path, " (", secret->what, ")"}));
        }
      }
    }
    for (std::size_t i = 0; i < ignore.lines.size() && i < patterns.size(); ++i) {
      const auto& pattern = patterns[i];
      if (!pattern.exclusion() || pattern.error()) continue;
      std::string what;
      if (auto it = brought_back.find(i); it != brought_back.end()) what = it->second;
      if (what.empty()) {
        if (auto secret = knowledge::secret_file(pattern.cleaned())) {
          what = concat({pattern.has_wildcards() ? "files matching " : "files named ", pattern.cleaned(), " (",
                         secret->what, ")"});
        } else {
          for (std::string_view sample : samples) {
            if (pattern.matches(sample)) {
              what = concat({"files such as ", sample, " (", knowledge::secret_file(sample)->what, ")"});
              break;
            }
          }
        }
      }
      if (what.empty()) continue;
      ctx.report(ignore.lines[i].span,
                 concat({"`", ignore.lines[i].text, "` re-includes ", what, " in the build context"}));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(IgnoreReincludesSecret);

}  // namespace dlint::rules
