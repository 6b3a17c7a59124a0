// SEC180: bk.http / bk.https downloads a file without a checksum.
#include "engine/rule.hpp"
#include "ir/luakit_script.hpp"

namespace dlint::rules {
namespace {

class LuakitHttpWithoutChecksum final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC180",
        .name = "luakit-http-without-checksum",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Luakit},
        .summary = "`bk.http` / `bk.https` downloads a file without a checksum",
        .rationale =
            "A download without a checksum takes whatever the server returns that day: a compromised or "
            "changed release file goes into the image unnoticed, and the build is not reproducible. Give "
            "`checksum = \"sha256:...\"` so BuildKit verifies the file (and can cache it by content).",
        .bad_example =
            "local tool = bk.https(\"https://example.com/tool-1.2.tar.gz\")\n"
            "bk.export(bk.image(\"alpine:3.19\"):copy(tool, \"/\", \"/opt/tool\"))\n",
        .good_example =
            "local tool = bk.https(\"https://example.com/tool-1.2.tar.gz\", { checksum = "
            "\"sha256:3b1f...\" })\n"
            "bk.export(bk.image(\"alpine:3.19\"):copy(tool, \"/\", \"/opt/tool\"))\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (ctx.luakit == nullptr) return;
    for (const auto& download : ctx.luakit->downloads) {
      if (download.checksum) continue;
      ctx.report(download.span,
                 "this download has no checksum, so any file the server returns goes into the "
                 "build; add checksum = \"sha256:...\"");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(LuakitHttpWithoutChecksum);

}  // namespace dlint::rules
