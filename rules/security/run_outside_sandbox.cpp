// SEC181: a build step runs with the host's network or without the build sandbox.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"

namespace dlint::rules {
namespace {

class RunOutsideSandbox final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC181",
        .name = "run-outside-sandbox",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "A build step runs on the host network or with the sandbox turned off",
        .rationale =
            "`network = \"host\"` (Dockerfile: `RUN --network=host`) gives the step the build machine's network: "
            "services listening on localhost, cloud metadata endpoints and internal networks become reachable "
            "from whatever the step downloads and runs. `security = \"insecure\"` (`RUN --security=insecure`) "
            "runs it with all capabilities, like a privileged container. Both need the builder to allow them "
            "(network.host / security.insecure entitlements) and are rarely required: fetch what the step needs "
            "in an earlier, sandboxed step, or pass credentials as secrets.",
        .bad_example =
            "# syntax=docker/dockerfile:1\nFROM alpine:3.19\nRUN --network=host wget -qO- http://localhost:8080\n",
        .good_example = "# syntax=docker/dockerfile:1\nFROM alpine:3.19\nRUN wget -qO- https://example.com/x\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      if (op.kind != ir::OpKind::Run) return;
      for (const auto& flag : op.flags) {
        if (!flag.value) continue;
        if (flag.name == "network" && flag.value->value == "host") {
          ctx.report(flag.value->span,
                     "this step runs on the build machine's network (network host); keep it in "
                     "the sandbox and fetch what it needs in a sandboxed step");
        } else if (flag.name == "security" && flag.value->value == "insecure") {
          ctx.report(flag.value->span,
                     "this step runs with the build sandbox turned off (security insecure), with "
                     "every capability; find a way that does not need it");
        }
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(RunOutsideSandbox);

}  // namespace dlint::rules
