// COR180: a Luakit script must call bk.export exactly once.
#include "engine/rule.hpp"
#include "ir/luakit_script.hpp"
#include "source/source_file.hpp"

namespace dlint::rules {
namespace {

class LuakitExportCount final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR180",
        .name = "luakit-export-count",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Luakit},
        .summary = "A Luakit script does not call bk.export exactly once",
        .rationale =
            "bk.export names the state that becomes the image and sets its configuration. Luakit fails the build "
            "when a script never calls it, and raises \"already called once\" on a second call. Calls in the two "
            "branches of an `if` are one call per path and are fine; two calls on the same path are not. The "
            "finding for a missing call points at the last state the script builds and leaves unused, the likely "
            "candidate. When part of the script could not be evaluated (see luakit-not-analyzed), a missing call is "
            "not reported: it may be in that part.",
        .bad_example = "local base = bk.image(\"alpine:3.19\")\nlocal app = base:run({\"apk\", \"add\", \"curl\"})\n",
        .good_example =
            "local base = bk.image(\"alpine:3.19\")\nlocal app = base:run({\"apk\", \"add\", \"curl\"})\n"
            "bk.export(app, { user = \"nobody\" })\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (ctx.luakit == nullptr || !ctx.luakit->parsed) return;
    for (const auto& extra : ctx.luakit->extra_exports) ctx.report(extra.span, extra.message);
    // A part that could not be evaluated (a required module, a loop past the step bound) may be where the
    // export happens: then its absence is not known, and COR183 already says so.
    if (!ctx.luakit->exports.empty() || !ctx.luakit->not_analyzed.empty()) return;
    Span at = ctx.luakit->missing_export_at;
    if (!at.valid()) at = ctx.file().span(0, 0);
    ctx.report(at, "the script never calls bk.export, so the build produces no image; export the final state");
  }
};

}  // namespace

DLINT_REGISTER_RULE(LuakitExportCount);

}  // namespace dlint::rules
