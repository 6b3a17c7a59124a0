// SEC102: the Docker API socket is mounted into a service.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "knowledge/sensitive_host_paths.hpp"
#include "rules/support/compose.hpp"

namespace dlint::rules {
namespace {

class DockerSocketMounted final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC102",
        .name = "docker-socket-mounted",
        .family = "security",
        .severity = Severity::Error,
        .kinds = {InputKind::Compose},
        .summary = "The Docker API socket is mounted into a container",
        .rationale =
            "Whoever can talk to /var/run/docker.sock can start a privileged container with the host's "
            "root filesystem mounted: the socket is root on the host, even when mounted read-only. "
            "`use_api_socket: true` hands it over as well. Use a socket proxy that allows only the API "
            "calls the service needs, or rootless Docker.",
        .bad_example =
            "services:\n  ci:\n    image: runner:3\n    volumes:\n      - "
            "/var/run/docker.sock:/var/run/docker.sock\n",
        .good_example =
            "services:\n  ci:\n    image: runner:3\n    environment:\n      DOCKER_HOST: "
            "tcp://socket-proxy:2375\n",
        .fixable = false,
        .aliases = {"docker_socket_mounted_in_container"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      for (const auto& mount : service.volumes) {
        if (mount.type != "bind" || !mount.source) continue;
        if (knowledge::container_runtime_socket(mount.source->value)) {
          ctx.report(mount.source->span, "service " + service.name.value + " mounts the container runtime socket " +
                                             mount.source->value + ", which gives root on the host");
        }
      }
      if (is_true(service.use_api_socket)) {
        ctx.report(service.use_api_socket->span,
                   "service " + service.name.value + " gets the Docker API socket, which gives root on the host");
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(DockerSocketMounted);

}  // namespace dlint::rules
