// SEC100: a service runs privileged.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "rules/support/compose.hpp"

namespace dlint::rules {
namespace {

class PrivilegedService final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC100",
        .name = "privileged-service",
        .family = "security",
        .severity = Severity::Error,
        .kinds = {InputKind::Compose},
        .summary = "A service runs with `privileged: true`",
        .rationale =
            "A privileged container gets every capability, every host device and no seccomp or AppArmor "
            "confinement: root in it is root on the host. Grant the one capability or device the service "
            "needs (`cap_add`, `devices`) instead.",
        .bad_example = "services:\n  agent:\n    image: agent:2\n    privileged: true\n",
        .good_example = "services:\n  agent:\n    image: agent:2\n    cap_add:\n      - NET_BIND_SERVICE\n",
        .fixable = false,
        .aliases = {"privileged_containers_enabled"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      if (is_true(service.privileged)) {
        ctx.report(service.privileged->span,
                   "service " + service.name.value + " runs privileged: root in the container is root on the host");
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(PrivilegedService);

}  // namespace dlint::rules
