// COR105: the same host port is published twice.
#include <charconv>
#include <optional>

#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

struct PortRange {
  unsigned first = 0;
  unsigned last = 0;
};

std::optional<unsigned> number(std::string_view text) {
  unsigned value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<PortRange> parse_range(std::string_view text) {
  auto dash = text.find('-');
  auto first = number(text.substr(0, dash));
  if (!first) return std::nullopt;
  if (dash == std::string_view::npos) return PortRange{*first, *first};
  auto last = number(text.substr(dash + 1));
  if (!last || *last < *first) return std::nullopt;
  return PortRange{*first, *last};
}

// Two bindings collide when their addresses can overlap: the same address, or either on every interface.
bool same_interface(const std::optional<ir::Text>& a, const std::optional<ir::Text>& b) {
  auto any = [](const std::optional<ir::Text>& ip) {
    return !ip || ip->value.empty() || ip->value == "0.0.0.0" || ip->value == "::";
  };
  return any(a) || any(b) || a->value == b->value;
}

class DuplicatePublishedPort final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR105",
        .name = "duplicate-published-port",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Compose},
        .summary = "The same host port is published twice",
        .rationale =
            "A host port can be bound once per address and protocol. When two services (or one service "
            "twice) publish it, the second container fails with \"port is already allocated\". Short and "
            "long syntax are compared alike, ranges by overlap; `127.0.0.1:8080` and `0.0.0.0:8080` "
            "collide, `127.0.0.1:8080` and `127.0.0.2:8080` do not, nor do tcp and udp.",
        .bad_example =
            "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n  api:\n"
            "    image: api:1.4\n    ports:\n      - \"8080:3000\"\n",
        .good_example =
            "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n  api:\n"
            "    image: api:1.4\n    ports:\n      - \"8081:3000\"\n",
        .fixable = false,
        .aliases = {"no-duplicate-exported-ports"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    struct Seen {
      const ir::Service* service;
      const ir::PortMapping* port;
      PortRange range;
    };
    std::vector<Seen> seen;
    for (const auto& service : ctx.application->services) {
      for (const auto& port : service.ports) {
        if (!port.published) continue;
        auto range = parse_range(port.published->value);
        if (!range) continue;
        for (const auto& other : seen) {
          if (other.port->protocol != port.protocol || !same_interface(other.port->host_ip, port.host_ip)) continue;
          if (range->first > other.range.last || other.range.first > range->last) continue;
          ctx.report(port.published->span, "host port " + port.published->value + "/" + port.protocol +
                                               " is already published by service " + other.service->name.value +
                                               " (line " + std::to_string(other.port->span.start.line) + ")");
          break;
        }
        seen.push_back({&service, &port, *range});
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(DuplicatePublishedPort);

}  // namespace dlint::rules
