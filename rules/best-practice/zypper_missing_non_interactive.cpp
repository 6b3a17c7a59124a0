// BP028: zypper subcommands that ask for confirmation, run without -n / -y.
#include "engine/rule.hpp"
#include "rules/support/confirmation_prompts.hpp"
#include "rules/support/edits.hpp"

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
    for_each_unanswered_prompt(
        *ctx.build, knowledge::Ecosystem::Suse,
        [&](const RunInstruction& run, const ir::SimpleCommand&, const knowledge::PackageManagerCall& call) {
          const ir::ShellWord& sub = *call.subcommand_word();
          std::optional<Fix> fix;
          if (!run.exec_form()) fix = insertion_fix("add -n", call.program().span.end, " -n", true);
          ctx.report(sub.span,
                     concat({"`zypper ", sub.value,
                             "` without -n (--non-interactive) stops at a prompt that the build cannot answer"}),
                     std::move(fix));
        });
  }
};

}  // namespace

DLINT_REGISTER_RULE(ZypperMissingNonInteractive);

}  // namespace dlint::rules
