// STYLE002: `EXPOSE 80/TCP`: protocols are written in lower case.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"

namespace dlint::rules {
namespace {

class ExposeProtocolCasing final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "STYLE002",
        .name = "expose-protocol-casing",
        .family = "style",
        .severity = Severity::Style,
        .kinds = {InputKind::Dockerfile},
        .summary = "The protocol in EXPOSE is not lower case",
        .rationale =
            "Docker accepts `80/TCP` but records the protocol as written, and tools that compare port "
            "specs (compose, orchestrators) expect `tcp`, `udp` and `sctp` in lower case.",
        .bad_example = "FROM nginx:1.27\nEXPOSE 80/TCP\n",
        .good_example = "FROM nginx:1.27\nEXPOSE 80/tcp\n",
        .fixable = true,
        .aliases = {"ExposeProtoCasing"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      const auto* expose = op.as<ir::ExposeOp>();
      if (expose == nullptr) return;
      for (const auto& port : expose->ports) {
        auto slash = port.value.find('/');
        if (slash == std::string::npos) continue;
        std::string protocol = port.value.substr(slash + 1);
        std::string lower = protocol;
        for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower == protocol) continue;
        std::uint32_t begin = port.span.begin + static_cast<std::uint32_t>(slash + 1);
        auto end = begin + static_cast<std::uint32_t>(protocol.size());
        ctx.report(ctx.file().span(begin, end), "write the protocol as '" + lower + "'",
                   Fix{"lower-case the protocol", {TextEdit{begin, end, lower}}, true});
      }
    });
  }
};

DLINT_REGISTER_RULE(ExposeProtocolCasing);

}  // namespace
}  // namespace dlint::rules
