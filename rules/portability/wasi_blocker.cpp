// PORT001: what in a build keeps it from becoming a WASI component, one finding per blocker; PORT002:
// what a compose service that builds its own image asks of its runtime that WASI lacks.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "portability/image_assessment.hpp"
#include "portability/service_assessment.hpp"

namespace dlint::rules {
namespace {

using knowledge::BlockerClass;

// The classes that are something to change. Stateful and infrastructure images are bridges by design,
// and a missing toolchain has no token to point at.
bool actionable(BlockerClass kind) {
  return kind != BlockerClass::Stateful && kind != BlockerClass::Infrastructure && kind != BlockerClass::NoToolchain;
}

void report_reasons(RuleContext& ctx, const portability::Assessment& a, const std::string& prefix, bool own_file) {
  for (const auto& reason : a.reasons) {
    if (!actionable(reason.kind) || reason.span.start.line == 0) continue;
    // A manifest line (requirements.txt, ...) has no span in the input; the verdict itself lists it.
    if (own_file && reason.span.file != ctx.file().id()) continue;
    ctx.report(reason.span, prefix + reason.message + " (" + std::string(knowledge::blocker_class_name(reason.kind)) +
                                "; blocks a WASI component)");
  }
}

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
    if (assessment.verdict == portability::Verdict::Blocked) report_reasons(ctx, assessment, "", true);
  }
};

class ComposeWasiBlocker final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "PORT002",
        .name = "compose-wasi-blocker",
        .family = "portability",
        .severity = Severity::Info,
        .kinds = {InputKind::Compose},
        .summary = "a service that builds its own image asks for something WASI components lack",
        .rationale =
            "A service whose image the project builds could become a WASI component, unless its configuration "
            "asks for what a component cannot have: `privileged`, `cap_add`, `devices` or `gpus`, "
            "`network_mode: host`, `pid`/`ipc: host`, the Docker socket. Each is reported at its key's value "
            "(docs/wasi-verdicts.md). A service that only runs an image is a Docker bridge and keeps what it "
            "asks for; it is not reported. What the service's Dockerfile does is PORT001's. Off by default: it "
            "matters only when moving to WASI.",
        .bad_example = "services:\n  agent:\n    build: .\n    network_mode: host\n",
        .good_example = "services:\n  agent:\n    build: .\n    ports:\n      - \"8080:8080\"\n",
        .aliases = {},
        .enabled_by_default = false,
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (ctx.application == nullptr) return;
    for (const auto& service : ctx.application->services) {
      if (service.component || !service.build) continue;
      // Without the built image: only the service's own configuration is judged here.
      report_reasons(ctx, portability::assess_service(*ctx.application, service, nullptr),
                     "service " + service.name.value + ": ", false);
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(WasiBlocker);
DLINT_REGISTER_RULE(ComposeWasiBlocker);

}  // namespace dlint::rules
