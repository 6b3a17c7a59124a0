// SEC143: a `!` line of a .dockerignore brings a secret file back into the context.
#include <array>

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
    const ir::ContextWalk* walk = ctx.context->walk();
    for (std::size_t i = 0; i < ignore.lines.size() && i < patterns.size(); ++i) {
      const auto& pattern = patterns[i];
      if (!pattern.exclusion() || pattern.error()) continue;
      std::string what;
      // Files of the context that this very line brings back.
      if (walk) {
        for (const auto& entry : walk->entries) {
          if (entry.stat.type != FileType::Regular || !entry.sent) continue;
          auto secret = knowledge::secret_file(entry.path);
          if (secret && ignore.matcher.decide(entry.path).pattern == i) {
            what = concat({entry.path, " (", secret->what, ")"});
            break;
          }
        }
      }
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
