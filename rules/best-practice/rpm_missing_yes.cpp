// BP027: yum/dnf subcommands that ask for confirmation, run without -y.
#include "engine/rule.hpp"
#include "rules/support/confirmation_prompts.hpp"

namespace dlint::rules {
namespace {

class RpmMissingYes final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP027",
        .name = "rpm-missing-yes",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`yum install` / `dnf install` (or another subcommand that asks for confirmation) without -y",
        .rationale =
            "yum and dnf ask \"Is this ok [y/N]\" before installing, upgrading or removing anything. A build "
            "has no terminal to answer, so the question reads end-of-input, the answer is no, and the RUN "
            "fails. Pass -y (--assumeyes). `yes | dnf install x` is accepted too. microdnf does not ask and "
            "is not checked.",
        .bad_example = "RUN dnf install httpd && dnf clean all\n",
        .good_example = "RUN dnf install -y httpd && dnf clean all\n",
        .fixable = true,
        .aliases = {"DL3030", "DL3038"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_unanswered_prompt(*ctx.build, knowledge::Ecosystem::RedHat,
                               [&](const RunInstruction& run, const ir::SimpleCommand&,
                                   const knowledge::PackageManagerCall& call) { report_missing_yes(ctx, run, call); });
  }
};

}  // namespace

DLINT_REGISTER_RULE(RpmMissingYes);

}  // namespace dlint::rules
