// BP104: a long-running service has no restart policy.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "rules/support/compose.hpp"

namespace dlint::rules {
namespace {

class NoRestartPolicy final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP104",
        .name = "no-restart-policy",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Compose},
        .summary = "A service has no restart policy",
        .rationale =
            "Without `restart:` (or `deploy.restart_policy`) a service that crashes, or whose host "
            "reboots, stays down. `unless-stopped` or `on-failure` keep it running. One-shot services "
            "that others wait for with `service_completed_successfully` are not reported, and neither is "
            "an explicit `restart: \"no\"`.",
        .bad_example = "services:\n  api:\n    image: api:1.4\n",
        .good_example = "services:\n  api:\n    image: api:1.4\n    restart: unless-stopped\n",
        .fixable = false,
        .aliases = {"restart_policy_on_failure_not_set_to_5"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    const ir::Application& app = *ctx.application;
    for (const auto& service : app.services) {
      if (service.restart || service.deploy_restart_condition || service.provider) continue;
      // A one-shot job (a migration others wait to complete) is meant to stay down.
      if (awaited_with(app, service.name.value, "service_completed_successfully")) continue;
      ctx.report(service.name.span,
                 "service " + service.name.value + " has no restart policy; it stays down after a crash or reboot");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(NoRestartPolicy);

}  // namespace dlint::rules
