// SEC108: a port is published on every host interface.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class PortOnAllInterfaces final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC108",
        .name = "port-on-all-interfaces",
        .family = "security",
        .severity = Severity::Info,
        .kinds = {InputKind::Compose},
        .summary = "A port is published on every host interface",
        .rationale =
            "`\"5432:5432\"` binds 0.0.0.0: the port is reachable from every network the host is on, and "
            "Docker's iptables rules let it past a host firewall such as ufw. Name the interface "
            "(`127.0.0.1:5432:5432`, or `host_ip:` in the long syntax) for anything that is not meant to "
            "be public. Both syntaxes and IPv6 addresses are read.",
        .bad_example = "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"5432:5432\"\n",
        .good_example = "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"127.0.0.1:5432:5432\"\n",
        .fixable = false,
        .aliases = {"no-unbound-port-interfaces", "container_traffic_not_bound_to_host_interface"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      for (const auto& port : service.ports) {
        bool all = !port.host_ip || port.host_ip->value == "0.0.0.0" || port.host_ip->value == "::";
        if (!all) continue;
        const Span& span = port.host_ip ? port.host_ip->span : port.published ? port.published->span : port.span;
        std::string host = port.published ? "host port " + port.published->value : "a random host port";
        ctx.report(span, "service " + service.name.value + " publishes " + host +
                             " on every interface; bind it to an address such as 127.0.0.1");
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(PortOnAllInterfaces);

}  // namespace dlint::rules
