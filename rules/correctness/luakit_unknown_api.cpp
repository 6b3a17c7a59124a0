// COR182: a Luakit script uses a bk function, state method or option that Luakit does not have.
#include "engine/rule.hpp"
#include "ir/luakit_script.hpp"

namespace dlint::rules {
namespace {

class LuakitUnknownApi final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR182",
        .name = "luakit-unknown-api",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Luakit},
        .summary = "A Luakit script uses a bk function, state method or option that does not exist",
        .rationale =
            "The bk module has a fixed set of functions (image, scratch, local_, git, http, https, merge, diff, "
            "cache, secret, ssh, tmpfs, bind, platform, export) and states a fixed set of methods (run, copy, "
            "mkdir, mkfile, rm, symlink, with_metadata). Calling anything else fails when the script runs; an "
            "option a function does not take is a typo at best, and at worst a feature the script expects but "
            "does not get: bk.export has no `healthcheck`, `volumes` or `stop_signal` (Luakit has no HEALTHCHECK, "
            "VOLUME or STOPSIGNAL), so a port from a Dockerfile silently loses them. Close misspellings get a "
            "suggestion.",
        .bad_example =
            "local base = bk.image(\"alpine:3.19\", { plaform = \"linux/arm64\" })\n"
            "bk.export(base, { healthcheck = { test = { \"CMD\", \"true\" } } })\n",
        .good_example = "local base = bk.image(\"alpine:3.19\", { platform = \"linux/arm64\" })\nbk.export(base)\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (ctx.luakit == nullptr) return;
    for (const auto& use : ctx.luakit->unknown_api) ctx.report(use.span, use.message);
  }
};

}  // namespace

DLINT_REGISTER_RULE(LuakitUnknownApi);

}  // namespace dlint::rules
