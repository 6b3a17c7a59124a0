// COR181: a Luakit script calls a function its sandbox removes.
#include "engine/rule.hpp"
#include "ir/luakit_script.hpp"

namespace dlint::rules {
namespace {

class LuakitSandboxRemovedFunction final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR181",
        .name = "luakit-sandbox-removed-function",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Luakit},
        .summary = "A Luakit script calls a function the sandbox removes (os.execute, io.*, dofile, loadfile)",
        .rationale =
            "Luakit runs build scripts in a sandbox without os.execute, os.exit, os.remove, os.rename, "
            "os.tmpname, the io library, dofile and loadfile: a build script describes a build, it does not "
            "touch the machine it is evaluated on. Calling one of them fails with a Lua error. Run commands "
            "inside the build with `state:run`, read files through `bk.local_` and `state:copy`, and use "
            "`os.getenv` (which is kept) for build arguments.",
        .bad_example = "local version = io.open(\"VERSION\"):read(\"*l\")\n",
        .good_example = "local version = os.getenv(\"VERSION\") or \"1.0.0\"\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (ctx.luakit == nullptr) return;
    for (const auto& call : ctx.luakit->sandbox_calls) ctx.report(call.span, call.message);
  }
};

}  // namespace

DLINT_REGISTER_RULE(LuakitSandboxRemovedFunction);

}  // namespace dlint::rules
