// SEC103: a service shares the host's network, PID, IPC, user or UTS namespace.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class HostNamespaceShared final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC103",
        .name = "host-namespace-shared",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Compose},
        .summary = "A service shares the host's network, PID, IPC or user namespace",
        .rationale =
            "`network_mode: host` puts the container on the host's interfaces (every port it opens is "
            "public, and it can reach services bound to localhost); `pid: host` lets it see and signal "
            "every host process; `ipc: host` shares the host's shared memory; `userns_mode: host` turns "
            "off user-namespace remapping. Each removes a wall between the container and the host.",
        .bad_example = "services:\n  app:\n    image: app:1\n    network_mode: host\n    pid: host\n",
        .good_example = "services:\n  app:\n    image: app:1\n    ports:\n      - \"127.0.0.1:8080:8080\"\n",
        .fixable = false,
        .aliases = {"shared_host_network_namespace", "host_namespace_is_shared", "shared_host_ipc_namespace",
                    "shared_host_user_namespace"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      auto check = [&](const std::optional<ir::Text>& value, std::string_view key, std::string_view what) {
        if (value && value->value == "host") {
          ctx.report(value->span, "service " + service.name.value + " sets `" + std::string(key) +
                                      ": host` and shares the host's " + std::string(what));
        }
      };
      check(service.network_mode, "network_mode", "network stack");
      check(service.pid, "pid", "process table");
      check(service.ipc, "ipc", "shared memory");
      check(service.userns_mode, "userns_mode", "user namespace");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(HostNamespaceShared);

}  // namespace dlint::rules
