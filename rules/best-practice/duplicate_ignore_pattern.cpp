// BP142: a .dockerignore pattern repeated with nothing in between that could change its effect.
#include <unordered_map>

#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

class DuplicateIgnorePattern final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP142",
        .name = "duplicate-ignore-pattern",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerignore},
        .summary = "A .dockerignore pattern repeats an earlier one",
        .rationale =
            "Patterns apply in order and the last match wins, so repeating a pattern only matters when a "
            "pattern of the opposite kind (a `!` re-inclusion between two exclusions) sits in between. "
            "Otherwise the second copy does nothing. Patterns are compared as Docker reads them: "
            "`/build/`, `./build` and `build` are the same pattern.",
        .bad_example = "node_modules\n.git\n/node_modules/\n",
        .good_example = "node_modules\n.git\n",
        .fixable = true,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.context || !ctx.context->ignore() || ctx.build) return;
    const ir::IgnoreFile& ignore = *ctx.context->ignore();
    const auto& patterns = ignore.matcher.patterns();
    // Per pattern text, the line it last appeared on; per kind, the last line of that kind.
    std::unordered_map<std::string_view, std::size_t> last_seen;
    std::optional<std::size_t> last_exclusion, last_inclusion;
    for (std::size_t i = 0; i < ignore.lines.size() && i < patterns.size(); ++i) {
      const bool exclusion = patterns[i].exclusion();
      const auto& opposite = exclusion ? last_inclusion : last_exclusion;
      auto seen = last_seen.find(ignore.lines[i].pattern);
      // A repeat with no pattern of the opposite kind since the earlier one changes nothing.
      if (seen != last_seen.end() && (!opposite || *opposite < seen->second)) {
        const std::size_t j = seen->second;
        const SourceFile& file = ctx.file();
        std::uint32_t begin = line_start_offset(file, ignore.lines[i].span);
        std::string_view line = file.line(ignore.lines[i].line);
        auto end = static_cast<std::uint32_t>(line.data() - file.text().data() + line.size());
        if (end < file.text().size() && file.text()[end] == '\r') ++end;
        if (end < file.text().size() && file.text()[end] == '\n') ++end;
        ctx.report(ignore.lines[i].span,
                   concat({"`", ignore.lines[i].text, "` repeats `", ignore.lines[j].text, "` from line ",
                           std::to_string(ignore.lines[j].line)}),
                   Fix{"remove the repeated line", {TextEdit{begin, end, ""}}, true});
      }
      last_seen[ignore.lines[i].pattern] = i;
      (exclusion ? last_exclusion : last_inclusion) = i;
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(DuplicateIgnorePattern);

}  // namespace dlint::rules
