// COR183: part of a Luakit script cannot be evaluated without running it, so it is not analyzed.
#include "engine/rule.hpp"
#include "ir/luakit_script.hpp"

namespace dlint::rules {
namespace {

class LuakitNotAnalyzed final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR183",
        .name = "luakit-not-analyzed",
        .family = "correctness",
        .severity = Severity::Info,
        .kinds = {InputKind::Luakit},
        .summary = "Part of a Luakit script cannot be known without running it and is not analyzed",
        .rationale =
            "dlint never runs a build script: it evaluates locals, tables, method chains, string concatenation, "
            "functions and loops with known bounds, and follows both branches of an `if` whose condition depends "
            "on the environment. What depends on something it cannot know - a loop over a value read at build "
            "time, a module loaded with require, a library function it does not evaluate, a script too large or "
            "too deep to follow within its bounds - is reported here, at the place where the trail ends, instead "
            "of being guessed. The other rules see everything up to that point. Rewriting the part with literal "
            "values (or os.getenv with a default) lets the rest of the script be checked.",
        .bad_example =
            "local mod = require(\"steps\")\nlocal app = mod.build(bk.image(\"alpine:3.19\"))\n"
            "bk.export(app)\n",
        .good_example =
            "local app = bk.image(\"alpine:3.19\"):run({ \"apk\", \"add\", \"--no-cache\", \"curl\" })\n"
            "bk.export(app)\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (ctx.luakit == nullptr) return;
    for (const auto& note : ctx.luakit->not_analyzed) ctx.report(note.span, note.message);
  }
};

}  // namespace

DLINT_REGISTER_RULE(LuakitNotAnalyzed);

}  // namespace dlint::rules
