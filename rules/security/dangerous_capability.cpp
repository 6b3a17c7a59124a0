// SEC101: cap_add grants a capability that reaches the host.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "knowledge/capabilities.hpp"

namespace dlint::rules {
namespace {

class DangerousCapability final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC101",
        .name = "dangerous-capability",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Compose},
        .summary = "cap_add grants a dangerous capability (ALL, SYS_ADMIN, NET_ADMIN, ...)",
        .rationale =
            "Docker's default capability set is already trimmed; the ones `cap_add` can bring back "
            "include some that reach the host: ALL and SYS_ADMIN amount to a privileged container, "
            "NET_ADMIN reconfigures networking, SYS_PTRACE inspects other processes, SYS_MODULE loads "
            "kernel modules, DAC_READ_SEARCH reads any file. Add only what the service needs, and prefer "
            "`cap_drop: [ALL]` with a short `cap_add` list.",
        .bad_example = "services:\n  vpn:\n    image: vpn:1.2\n    cap_add:\n      - SYS_ADMIN\n",
        .good_example =
            "services:\n  vpn:\n    image: vpn:1.2\n    cap_drop:\n      - ALL\n    cap_add:\n"
            "      - NET_BIND_SERVICE\n",
        .fixable = false,
        .aliases = {"container_capabilities_unrestricted"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      for (const auto& cap : service.cap_add) {
        if (auto reason = knowledge::dangerous_capability(cap.value)) {
          ctx.report(cap.span,
                     "service " + service.name.value + " adds " + cap.value + ", which " + std::string(*reason));
        }
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(DangerousCapability);

}  // namespace dlint::rules
