// COR030: with the ARG defaults, FROM names an empty or invalid image.
#include "engine/config.hpp"
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/image_reference_syntax.hpp"
#include "knowledge/variable_expansion.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

class InvalidDefaultArgInFrom final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR030",
        .name = "invalid-default-arg-in-from",
        .family = "correctness",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "With the ARG defaults, FROM names an empty or invalid image",
        .rationale =
            "`FROM alpine:${TAG}` with `ARG TAG` and no default works only when every build passes "
            "`--build-arg TAG=...`; a plain `docker build` fails with an invalid reference, and tools that read "
            "the Dockerfile without build args (IDEs, scanners, `--call=outline`) cannot resolve the base. Give "
            "each global ARG used in FROM a default that makes a valid image reference. The values are those of "
            "the ARGs before the first FROM, overridden by the config's `build-args`; a `${V:?message}` whose "
            "V is unset is reported with its message. Variables no ARG declares are COR004's.",
        .bad_example = "ARG TAG\nFROM alpine:${TAG}\n",
        .good_example = "ARG TAG=3.20\nFROM alpine:${TAG}\n",
        .fixable = false,
        .aliases = {"InvalidDefaultArgInFrom"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& build = *ctx.build;
    knowledge::ArgValues globals = knowledge::global_arg_values(build, ctx.config().build_args);
    // Declared without a value: Docker substitutes an empty string.
    auto lookup = [&](std::string_view name) -> std::optional<std::string> {
      if (auto it = globals.find(name); it != globals.end()) return it->second.value_or(std::string());
      return knowledge::predefined_arg(name);
    };
    for (const auto& stage : build.stages) {
      const ir::Text& base = stage.base_text;
      if (base.value.find('$') == std::string::npos) continue;
      knowledge::Expansion e = knowledge::expand_variables(base.value, lookup, build.escape);
      if (e.error) {
        ctx.report(base.span, concat({"`", base.value, "` fails with the default ARG values: ", *e.error}));
        continue;
      }
      if (!e.complete) continue;  // an undeclared variable: COR004
      if (auto problem = knowledge::image_reference_problem(e.value)) {
        std::string shown = e.value.empty() ? std::string("an empty name") : concat({"`", e.value, "`"});
        ctx.report(base.span, concat({"with the default ARG values `", base.value, "` becomes ", shown, ": ", *problem,
                                      "; give the ARG a default"}));
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(InvalidDefaultArgInFrom);

}  // namespace dlint::rules
