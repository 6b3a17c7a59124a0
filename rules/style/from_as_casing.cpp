// STYLE003: `FROM x as y` / `from x AS y`: the AS keyword's casing differs from FROM's.
#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"

namespace dlint::rules {
namespace {

bool is_lower(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](unsigned char c) { return std::isupper(c); });
}
bool is_upper(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](unsigned char c) { return std::islower(c); });
}

class FromAsCasing final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "STYLE003",
        .name = "from-as-casing",
        .family = "style",
        .severity = Severity::Style,
        .kinds = {InputKind::Dockerfile},
        .summary = "The AS keyword of FROM is not cased like FROM",
        .rationale =
            "`FROM image as name` reads as if `as` were part of the image reference. BuildKit's "
            "FromAsCasing check asks for `AS` with `FROM` and `as` with `from`.",
        .bad_example = "FROM golang:1.22 as build\n",
        .good_example = "FROM golang:1.22 AS build\n",
        .fixable = true,
        .aliases = {"FromAsCasing"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      if (!stage.as_keyword) continue;
      const std::string& from = stage.keyword.value;
      const std::string& as = stage.as_keyword->value;
      std::string wanted;
      if (is_upper(from) && !is_upper(as)) wanted = "AS";
      if (is_lower(from) && !is_lower(as)) wanted = "as";
      if (wanted.empty()) continue;
      ctx.report(stage.as_keyword->span, "'" + as + "' should be '" + wanted + "' to match '" + from + "'",
                 Fix{"write '" + wanted + "'",
                     {TextEdit{stage.as_keyword->span.begin, stage.as_keyword->span.end, wanted}},
                     true});
    }
  }
};

DLINT_REGISTER_RULE(FromAsCasing);

}  // namespace
}  // namespace dlint::rules
