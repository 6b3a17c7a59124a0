// BP027: yum/dnf subcommands that ask for confirmation, run without -y.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/pipelines.hpp"
#include "rules/support/run_instructions.hpp"

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
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        auto call = knowledge::match_package_manager(command);
        if (!call || call->manager->ecosystem != knowledge::Ecosystem::RedHat) continue;
        if (!call->subcommand_in(call->manager->prompting)) continue;
        if (knowledge::assumes_yes(*call) || fed_by_yes(run.script, command)) continue;
        const ir::ShellWord& sub = *call->subcommand_word();
        std::optional<Fix> fix;
        if (!run.exec_form()) fix = insertion_fix("add -y", sub.span.end, " -y", true);
        ctx.report(sub.span,
                   concat({"`", call->manager->name, " ", sub.value,
                           "` without -y stops at a confirmation prompt that the build cannot answer; add -y"}),
                   std::move(fix));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(RpmMissingYes);

}  // namespace dlint::rules
