// SEC107: a service explicitly runs as root.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

bool root_user(std::string_view user) {
  std::string_view name = user.substr(0, user.find(':'));
  return name == "root" || name == "0";
}

class ServiceRunsAsRoot final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC107",
        .name = "service-runs-as-root",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Compose},
        .summary = "A service sets `user:` to root",
        .rationale =
            "`user: root` (or `0`, `0:0`) overrides a non-root USER the image may have chosen, and runs "
            "the service with root's rights in the container, which a kernel or runtime flaw turns into "
            "root on the host. Run as an unprivileged UID and grant the capability it needs. (When the "
            "service builds from a Dockerfile whose final image runs as root, that finding is reported "
            "in the Dockerfile.)",
        .bad_example = "services:\n  api:\n    image: api:1.4\n    user: root\n",
        .good_example = "services:\n  api:\n    image: api:1.4\n    user: \"10001:10001\"\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      if (service.user && root_user(service.user->value)) {
        ctx.report(service.user->span,
                   "service " + service.name.value + " runs as root (user " + service.user->value + ")");
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(ServiceRunsAsRoot);

}  // namespace dlint::rules
