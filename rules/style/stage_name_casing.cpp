// STYLE010: a stage name with upper-case letters (`FROM x AS Build`).
#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"
#include "support/ascii_case.hpp"

namespace dlint::rules {
namespace {

class StageNameCasing final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "STYLE010",
        .name = "stage-name-casing",
        .family = "style",
        .severity = Severity::Style,
        .kinds = {InputKind::Dockerfile},
        .summary = "A stage name has upper-case letters",
        .rationale =
            "Docker compares stage names without regard to case, so `AS Build` and `--from=build` name the same "
            "stage, and `--target` takes either; mixed spellings make a file harder to search and read. "
            "BuildKit's StageNameCasing asks for lower-case names. The fix lower-cases the name where it is "
            "declared and where FROM and `COPY --from` spell it the same way.",
        .bad_example = "FROM golang:1.22 AS Build\nFROM alpine:3.20\nCOPY --from=Build /app /app\n",
        .good_example = "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n",
        .fixable = true,
        .aliases = {"StageNameCasing"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& stages = ctx.build->stages;
    for (const auto& stage : stages) {
      if (!stage.name) continue;
      const std::string& name = stage.name->value;
      std::string wanted = ascii_lower(name);
      if (wanted == name || name.find('$') != std::string::npos) continue;
      Fix fix{concat({"write '", wanted, "'"}), {TextEdit{stage.name->span.begin, stage.name->span.end, wanted}}, true};
      // References spelled the same way, in the stages after this one.
      auto rename = [&](const ir::Text& text) {
        if (text.value == name && text.span.end - text.span.begin == name.size()) {
          fix.edits.push_back(TextEdit{text.span.begin, text.span.end, wanted});
        }
      };
      for (std::size_t later = stage.index + 1; later < stages.size(); ++later) {
        if (stages[later].base_stage == stage.index) rename(stages[later].base_text);
        for (const auto& op : stages[later].ops) {
          const ir::Flag* from = op.flag("from");
          if (from && from->value && (op.kind == ir::OpKind::Copy || op.kind == ir::OpKind::Add)) {
            rename(*from->value);
          }
        }
      }
      ctx.report(stage.name->span, concat({"stage name '", name, "' should be lower-case: '", wanted, "'"}),
                 std::move(fix));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(StageNameCasing);

}  // namespace dlint::rules
