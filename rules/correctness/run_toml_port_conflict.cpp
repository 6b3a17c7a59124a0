// COR205: two run.toml components or bridges listen on the same host port.
#include <map>

#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class RunTomlPortConflict final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR205",
        .name = "run-toml-port-conflict",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::RunToml},
        .summary = "Two components or bridges use the same host port",
        .rationale =
            "WASI components listen on the host directly (`net:listen:PORT`, or `dev.port` in the guide's "
            "dialect) and bridges publish their ports there, so two of them on one port cannot both start: "
            "the second fails to bind. The finding is on the second one.",
        .bad_example =
            "[components.api]\npath = \"api.wasm\"\ncapabilities = [\"net:listen:8080\"]\n\n"
            "[components.web]\npath = \"web.wasm\"\ncapabilities = [\"net:listen:8080\"]\n",
        .good_example =
            "[components.api]\npath = \"api.wasm\"\ncapabilities = [\"net:listen:8081\"]\n\n"
            "[components.web]\npath = \"web.wasm\"\ncapabilities = [\"net:listen:8080\"]\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    std::map<std::string, const ir::Service*> first;
    for (const auto& service : ctx.application->services) {
      for (const auto& port : service.ports) {
        if (!port.published || port.published->value.empty()) continue;
        auto [it, inserted] = first.try_emplace(port.published->value, &service);
        if (inserted || it->second == &service) continue;
        ctx.report(port.published->span, std::string(service.component ? "component " : "bridge ") +
                                             service.name.value + " uses host port " + port.published->value +
                                             ", which " + (it->second->component ? "component " : "bridge ") +
                                             it->second->name.value + " already uses");
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(RunTomlPortConflict);

}  // namespace dlint::rules
