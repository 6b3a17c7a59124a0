// SEC106: a service's root filesystem is writable.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class WritableRootFilesystem final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC106",
        .name = "writable-root-filesystem",
        .family = "security",
        .severity = Severity::Info,
        .kinds = {InputKind::Compose},
        .summary = "A service does not run with a read-only root filesystem",
        .rationale =
            "With `read_only: true` an attacker who gets code execution cannot replace binaries, drop "
            "tools or persist in the container; writable paths are then declared explicitly as volumes "
            "or `tmpfs:`. Most stateless services can run this way. Writing `read_only: false` records "
            "the decision that this service cannot, and silences the rule.",
        .bad_example = "services:\n  api:\n    image: api:1.4\n",
        .good_example = "services:\n  api:\n    image: api:1.4\n    read_only: true\n    tmpfs:\n      - /tmp\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      if (service.read_only || service.provider) continue;
      ctx.report(service.name.span, "service " + service.name.value +
                                        " has a writable root filesystem; set `read_only: true` (and tmpfs for "
                                        "scratch space) or `read_only: false` if it must write");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(WritableRootFilesystem);

}  // namespace dlint::rules
