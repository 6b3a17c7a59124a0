// COR002: two stages share a name, so `--from=NAME` and `--target NAME` are ambiguous.
#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "support/ascii_case.hpp"

namespace dlint::rules {
namespace {

class DuplicateStageName final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR002",
        .name = "duplicate-stage-name",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Dockerfile},
        .summary = "Two stages have the same name",
        .rationale =
            "Stage names are compared without regard to case, and BuildKit refuses a Dockerfile where "
            "two stages share one: `COPY --from=build` and `docker build --target build` could not "
            "tell them apart.",
        .bad_example = "FROM golang:1.22 AS build\nFROM node:20 AS Build\n",
        .good_example = "FROM golang:1.22 AS build-go\nFROM node:20 AS build-web\n",
        .fixable = false,
        .aliases = {"DL3024", "DuplicateStageName", "DS012", "DS-0012", "CKV_DOCKER_11"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& stages = ctx.build->stages;
    for (std::size_t i = 0; i < stages.size(); ++i) {
      if (!stages[i].name) continue;
      std::string name = ascii_lower(stages[i].name->value);
      for (std::size_t j = 0; j < i; ++j) {
        if (stages[j].name && ascii_lower(stages[j].name->value) == name) {
          ctx.report(stages[i].name->span, "stage name '" + stages[i].name->value +
                                               "' is already used by the stage on line " +
                                               std::to_string(stages[j].name->span.start.line));
          break;
        }
      }
    }
  }
};

DLINT_REGISTER_RULE(DuplicateStageName);

}  // namespace
}  // namespace dlint::rules
