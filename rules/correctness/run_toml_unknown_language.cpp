// COR204: a run.toml component declares a language no WASI component toolchain builds.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "knowledge/wasi_languages.hpp"
#include "support/edit_distance.hpp"

namespace dlint::rules {
namespace {

class RunTomlUnknownLanguage final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR204",
        .name = "run-toml-unknown-language",
        .family = "correctness",
        .severity = Severity::Warning,
        .kinds = {InputKind::RunToml},
        .summary = "A component's language is not one run knows how to build",
        .rationale =
            "The runtime picks the toolchain (cargo-component, TinyGo, componentize-py, jco, ...) from the "
            "component's `language`. A misspelt or unsupported language leaves it with no way to build the "
            "component. dlint knows rust, go, python, javascript, typescript, assemblyscript, c, cpp, zig, "
            "grain, swift and wat, with their usual aliases (rs, golang, tinygo, py, js, ts, c++).",
        .bad_example = "[components.web]\nsource = \"src/lib.rs\"\nlanguage = \"rustlang\"\n",
        .good_example = "[components.web]\nsource = \"src/lib.rs\"\nlanguage = \"rust\"\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    std::vector<std::string_view> names;
    for (const auto& l : knowledge::wasi_languages()) names.push_back(l.name);
    for (const auto& service : ctx.application->services) {
      if (!service.component || !service.component->language) continue;
      const ir::Text& language = *service.component->language;
      if (knowledge::find_wasi_language(language.value)) continue;
      auto suggestion = closest_match(language.value, names);
      ctx.report(language.span, "component " + service.name.value + ": unknown language `" + language.value + "`" +
                                    (suggestion ? "; did you mean `" + *suggestion + "`?" : ""));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(RunTomlUnknownLanguage);

}  // namespace dlint::rules
