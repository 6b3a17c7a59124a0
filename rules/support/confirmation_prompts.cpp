#include "rules/support/confirmation_prompts.hpp"

#include <optional>
#include <utility>

#include "rules/support/edits.hpp"

namespace dlint::rules {

void report_missing_yes(RuleContext& ctx, const RunInstruction& run, const knowledge::PackageManagerCall& call) {
  const ir::ShellWord& sub = *call.subcommand_word();
  std::optional<Fix> fix;
  if (!run.exec_form()) fix = insertion_fix("add -y", sub.span.end, " -y", true);
  ctx.report(sub.span,
             concat({"`", call.manager->name, " ", sub.value,
                     "` without -y stops at a confirmation prompt that the build cannot answer; add -y"}),
             std::move(fix));
}

}  // namespace dlint::rules
