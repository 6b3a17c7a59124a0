// PORT002: what a compose service that builds its own image asks of its runtime that WASI lacks.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "portability/service_assessment.hpp"
#include "rules/support/wasi_blockers.hpp"

namespace dlint::rules {
namespace {

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
      report_wasi_blockers(ctx, portability::assess_service(*ctx.application, service, nullptr),
                           "service " + service.name.value + ": ", false);
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(ComposeWasiBlocker);

}  // namespace dlint::rules
