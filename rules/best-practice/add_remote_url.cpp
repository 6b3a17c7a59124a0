// BP006: ADD of an http(s) URL without --checksum.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/add_sources.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

class AddRemoteUrl final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP006",
        .name = "add-remote-url",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "ADD downloads an http(s) URL without --checksum",
        .rationale =
            "ADD <url> fetches the file at build time and trusts whatever the server returns: a compromised "
            "or changed download goes into the image unnoticed, and the build is not reproducible. Give the "
            "expected digest with `ADD --checksum=sha256:<hex> <url> <dest>` (Dockerfile syntax 1.6 and "
            "later), and BuildKit refuses a file that does not match. Git repositories (`https://.../repo.git`) "
            "are not reported; pin those to a commit in the `#ref` instead. Every URL source of an ADD without "
            "--checksum is reported, ONBUILD ADD included.",
        .bad_example = "FROM alpine:3.20\nADD https://example.com/tool-1.2.tar.gz /tmp/\n",
        .good_example =
            "FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d "
            "https://example.com/tool-1.2.tar.gz /tmp/\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      for (const auto& op : stage.ops) {
        if (const auto* onbuild = op.as<ir::OnbuildOp>()) {
          if (onbuild->trigger) check_add(ctx, *onbuild->trigger);
        } else {
          check_add(ctx, op);
        }
      }
    }
  }

 private:
  static void check_add(RuleContext& ctx, const ir::Op& op) {
    const auto* add = op.kind == ir::OpKind::Add ? op.as<ir::CopyOp>() : nullptr;
    if (!add || op.flag("checksum") != nullptr) return;
    for (const auto& source : add->sources) {
      if (!is_http_url(source.value) || is_git_source(source.value)) continue;
      ctx.report(source.span, concat({"ADD downloads ", source.value,
                                      " without --checksum, so a changed or tampered file goes unnoticed"}));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(AddRemoteUrl);

}  // namespace dlint::rules
