// COR007: an EXPOSE entry that is not a port, a port range, or either with /tcp, /udp or /sctp.
#include <charconv>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

std::optional<unsigned long> port_number(std::string_view s) {
  unsigned long value = 0;
  if (s.empty() || s.size() > 6) return std::nullopt;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

// Returns what is wrong with one EXPOSE entry, or an empty string.
std::string problem(std::string_view entry) {
  if (entry.find('$') != std::string_view::npos) return {};  // substituted at build time
  std::string_view ports = entry;
  if (auto slash = entry.find('/'); slash != std::string_view::npos) {
    std::string protocol(entry.substr(slash + 1));
    for (auto& c : protocol) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (protocol != "tcp" && protocol != "udp" && protocol != "sctp") {
      return "unknown protocol '" + std::string(entry.substr(slash + 1)) + "'; use tcp, udp or sctp";
    }
    ports = entry.substr(0, slash);
  }
  if (ports.find(':') != std::string_view::npos) {
    return "EXPOSE takes the container port only; publish host ports with `docker run -p` instead";
  }
  std::string_view low = ports, high;
  if (auto dash = ports.find('-'); dash != std::string_view::npos) {
    low = ports.substr(0, dash);
    high = ports.substr(dash + 1);
  }
  auto first = port_number(low);
  if (!first) return concat({"'", ports, "' is not a port number"});
  if (*first > 65535) return "port " + std::string(low) + " is out of range (0-65535)";
  if (!high.empty() || ports.back() == '-') {
    auto last = port_number(high);
    if (!last) return concat({"'", ports, "' is not a port range"});
    if (*last > 65535) return "port " + std::string(high) + " is out of range (0-65535)";
    if (*last < *first) return "the range " + std::string(ports) + " ends before it starts";
  }
  return {};
}

class InvalidExpose final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR007",
        .name = "invalid-expose",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "EXPOSE lists something that is not a valid container port",
        .rationale =
            "EXPOSE documents the container ports a service listens on: a number from 0 to 65535 or a "
            "range, optionally with /tcp, /udp or /sctp. Host mappings (`8080:80`) belong to `docker "
            "run -p` or compose `ports:`, and Docker rejects out-of-range ports and unknown protocols.",
        .bad_example = "FROM nginx:1.27\nEXPOSE 80000 8080:80 53/dns\n",
        .good_example = "FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp\n",
        .fixable = false,
        .aliases = {"DL3011", "ExposeInvalidFormat", "DS008", "DS-0008"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      const auto* expose = op.as<ir::ExposeOp>();
      if (expose == nullptr) return;
      for (const auto& port : expose->ports) {
        if (std::string message = problem(port.value); !message.empty()) ctx.report(port.span, message);
      }
    });
  }
};

DLINT_REGISTER_RULE(InvalidExpose);

}  // namespace
}  // namespace dlint::rules
