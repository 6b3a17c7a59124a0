// BP182: bk.local_ with no include or exclude list sends the whole directory (the .dockerignore analogue).
#include "engine/rule.hpp"
#include "ir/luakit_script.hpp"

namespace dlint::rules {
namespace {

class LuakitContextWithoutFilter final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP182",
        .name = "luakit-context-without-filter",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Luakit},
        .summary = "`bk.local_` has no include or exclude list, so the whole directory is sent to the build",
        .rationale =
            "A Luakit build reads local directories only through `bk.local_(name, {include, exclude})`, and "
            "Luakit does not read .dockerignore. Without a list the whole directory is transferred and becomes "
            "part of the cache key: .git, node_modules, build output, and secrets such as .env files land in "
            "the build (and in the image when copied), and any change to them invalidates the cache. List what "
            "the step needs in `include`, or at least `exclude` what it must not see.",
        .bad_example =
            "local app = bk.image(\"node:20-alpine\"):copy(bk.local_(\"context\"), \".\", \"/app\")\n"
            "bk.export(app)\n",
        .good_example =
            "local src = bk.local_(\"context\", { exclude = { \".git\", \"node_modules\", \".env\" } })\n"
            "bk.export(bk.image(\"node:20-alpine\"):copy(src, \".\", \"/app\"))\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (ctx.luakit == nullptr) return;
    for (const auto& context : ctx.luakit->contexts) {
      if (context.filtered) continue;
      ctx.report(context.span, "`bk.local_(\"" + context.name +
                                   "\")` has no include or exclude list, so the whole directory is sent to the "
                                   "build (Luakit does not read .dockerignore); list what this step needs");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(LuakitContextWithoutFilter);

}  // namespace dlint::rules
