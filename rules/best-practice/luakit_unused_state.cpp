// BP181: a Luakit state is built but nothing uses it.
#include "engine/rule.hpp"
#include "ir/luakit_script.hpp"

namespace dlint::rules {
namespace {

class LuakitUnusedState final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP181",
        .name = "luakit-unused-state",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Luakit},
        .summary = "A Luakit state is built but never exported, copied from, mounted or built upon",
        .rationale =
            "Luakit states are values: `base:run(...)` returns a new state and leaves `base` as it was. A state "
            "that nothing exports, copies from, mounts, merges or builds on is dropped from the build, so the "
            "command it runs never reaches the image - usually a chain that was meant to continue from it "
            "(`local b = a:run(x); bk.export(a)` exports a without x). States built in both branches of an "
            "`if` count as used when the variable they end up in is used.",
        .bad_example =
            "local base = bk.image(\"alpine:3.19\")\nlocal tools = base:run({ \"apk\", \"add\", \"git\" })\n"
            "bk.export(base)\n",
        .good_example =
            "local base = bk.image(\"alpine:3.19\")\nlocal tools = base:run({ \"apk\", \"add\", \"git\" })\n"
            "bk.export(tools)\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (ctx.luakit == nullptr) return;
    for (const auto& state : ctx.luakit->unused_states) ctx.report(state.span, state.message);
  }
};

}  // namespace

DLINT_REGISTER_RULE(LuakitUnusedState);

}  // namespace dlint::rules
