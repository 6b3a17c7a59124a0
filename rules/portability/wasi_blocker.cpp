// PORT001: what in a build keeps it from becoming a WASI component, one finding per blocker.
#include "engine/rule.hpp"
#include "portability/image_assessment.hpp"
#include "rules/support/wasi_blockers.hpp"

namespace dlint::rules {
namespace {

class WasiBlocker final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "PORT001",
        .name = "wasi-blocker",
        .family = "portability",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "something in the build keeps the image from running as a WASI component",
        .rationale =
            "dlint gives every image and service a WASI-portability verdict (docs/wasi-verdicts.md). This rule "
            "reports each reason a build is `blocked`, at the token that causes it, so editors and code "
            "scanning show them: a GPU base image or GPU packages, native libraries or C extensions the "
            "language's WASI toolchain cannot build, cgo, a shell-script entrypoint or a process supervisor, "
            "raw-socket tools, a GUI. An image built on a database or another off-the-shelf server is a Docker "
            "bridge by design and is not reported, nor is an image that is a WASI module already. Off by "
            "default: it matters only when moving to WASI.",
        .bad_example =
            "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y libpq-dev\n"
            "CMD [\"python\", \"app.py\"]\n",
        .good_example = "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\nCMD [\"python\", \"app.py\"]\n",
        .aliases = {},
        .enabled_by_default = false,
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (ctx.build == nullptr || ctx.build->stages.empty()) return;
    auto assessment = portability::assess_image(portability::ImageInputs{.path = ctx.file().path(),
                                                                         .build = ctx.build,
                                                                         .image = ctx.image,
                                                                         .context = ctx.context,
                                                                         .size = ctx.image_size});
    if (assessment.verdict == portability::Verdict::Blocked) report_wasi_blockers(ctx, assessment, "", true);
  }
};

}  // namespace

DLINT_REGISTER_RULE(WasiBlocker);

}  // namespace dlint::rules
