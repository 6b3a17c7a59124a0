// SEC110: a sensitive host directory is bind-mounted.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "knowledge/sensitive_host_paths.hpp"

namespace dlint::rules {
namespace {

class SensitiveHostPathMounted final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC110",
        .name = "sensitive-host-path-mounted",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Compose},
        .summary = "A sensitive host directory (/, /etc, /proc, ~/.ssh, ...) is bind-mounted",
        .rationale =
            "Mounting the host's root, /etc, /proc, /sys, /dev, /boot, /var/lib/docker or an .ssh "
            "directory hands the container the host's configuration, credentials or kernel interfaces; "
            "written to, they take over the host. Mount the one file the service needs, read-only.",
        .bad_example = "services:\n  agent:\n    image: agent:2\n    volumes:\n      - /etc:/host/etc\n",
        .good_example =
            "services:\n  agent:\n    image: agent:2\n    volumes:\n      - "
            "/etc/timezone:/etc/timezone:ro\n",
        .fixable = false,
        .aliases = {"volume_has_sensitive_host_directory"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      for (const auto& mount : service.volumes) {
        if (mount.type != "bind" || !mount.source) continue;
        if (auto what = knowledge::sensitive_host_path(mount.source->value)) {
          ctx.report(mount.source->span, "service " + service.name.value + " mounts " + mount.source->value + " (" +
                                             std::string(*what) + ")" + (mount.read_only ? " read-only" : " writable"));
        }
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(SensitiveHostPathMounted);

}  // namespace dlint::rules
