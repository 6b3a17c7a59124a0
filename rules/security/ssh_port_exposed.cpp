// SEC022: EXPOSE 22: the image is meant to run an SSH server.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

// Whether "22", "22/tcp" or a range such as "20-25/tcp" covers port 22.
bool covers_ssh(std::string_view port) {
  port = port.substr(0, port.find('/'));
  if (port.find('$') != std::string_view::npos) return false;
  auto dash = port.find('-');
  auto number = [](std::string_view s) -> long {
    if (s.empty() || s.size() > 5 || s.find_first_not_of("0123456789") != std::string_view::npos) return -1;
    return std::stol(std::string(s));
  };
  if (dash == std::string_view::npos) return number(port) == 22;
  long low = number(port.substr(0, dash));
  long high = number(port.substr(dash + 1));
  return low >= 0 && low <= 22 && high >= 22;
}

class SshPortExposed final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC022",
        .name = "ssh-port-exposed",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "EXPOSE 22: the container runs an SSH server",
        .rationale =
            "A container is reached with `docker exec` or `kubectl exec`; an SSH server inside it adds a "
            "long-lived daemon, host keys and credentials baked into the image, and a network-facing login "
            "service to patch. Exposing port 22 says the image is built for that. Drop the SSH server and the "
            "EXPOSE, or suppress the finding for an image whose purpose is SSH (a bastion, a git server).",
        .bad_example = "FROM ubuntu:24.04\nRUN apt-get install -y openssh-server\nEXPOSE 22\n",
        .good_example = "FROM ubuntu:24.04\nEXPOSE 8080\n",
        .fixable = false,
        .aliases = {"DS004", "DS-0004", "CKV_DOCKER_1"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      const auto* expose = op.as<ir::ExposeOp>();
      if (!expose) return;
      for (const auto& port : expose->ports) {
        if (covers_ssh(port.value)) ctx.report(port.span, "port 22 is SSH; use docker exec instead of an SSH server");
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(SshPortExposed);

}  // namespace dlint::rules
