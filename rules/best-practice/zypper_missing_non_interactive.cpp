// BP028: zypper subcommands that ask for confirmation, run without -n / -y.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/pipelines.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

class ZypperMissingNonInteractive final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP028",
        .name = "zypper-missing-non-interactive",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`zypper install` (or another subcommand that asks for confirmation) without -n or -y",
        .rationale =
            "zypper asks \"Continue? [y/n/v/...]\" before installing, updating or removing packages; a build "
            "cannot answer and the RUN fails or hangs. Pass the global `-n` (`--non-interactive`) before the "
            "subcommand, or the subcommand's `-y` (`--no-confirm`). The fix inserts `-n` after `zypper`.",
        .bad_example = "RUN zypper install curl && zypper clean\n",
        .good_example = "RUN zypper -n install curl && zypper clean\n",
        .fixable = true,
        .aliases = {"DL3034"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        auto call = knowledge::match_package_manager(command);
        if (!call || call->manager->ecosystem != knowledge::Ecosystem::Suse) continue;
        if (!call->subcommand_in(call->manager->prompting)) continue;
        if (knowledge::assumes_yes(*call) || fed_by_yes(run.script, command)) continue;
        const ir::ShellWord& sub = *call->subcommand_word();
        std::optional<Fix> fix;
        if (!run.exec_form()) fix = insertion_fix("add -n", call->program().span.end, " -n", true);
        ctx.report(sub.span,
                   concat({"`zypper ", sub.value,
                           "` without -n (--non-interactive) stops at a prompt that the build cannot answer"}),
                   std::move(fix));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(ZypperMissingNonInteractive);

}  // namespace dlint::rules
