#pragma once
// Package-manager calls that stop at a confirmation prompt: a subcommand the package-manager table lists
// as prompting (`apt-get install`, `dnf remove`, `zypper install`, ...), run with no assume-yes option and
// not fed by `yes`. A build has no terminal to answer them.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "knowledge/package_managers.hpp"
#include "rules/support/pipelines.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {

// Calls `visit(run, command, call)` for each unanswered prompting call of a manager of `ecosystem`.
template <class Visit>
void for_each_unanswered_prompt(const ir::BuildDefinition& build, knowledge::Ecosystem ecosystem, Visit&& visit) {
  for_each_run(build, [&](const RunInstruction& run) {
    for (const auto& command : run.script.commands) {
      const auto& call = knowledge::match_package_manager(command);
      if (!call || call->manager->ecosystem != ecosystem) continue;
      if (!call->subcommand_in(call->manager->prompting)) continue;
      if (knowledge::assumes_yes(*call) || fed_by_yes(run.script, command)) continue;
      visit(run, command, *call);
    }
  });
}

// Reports `call` at its subcommand, with the fix that adds -y after it (shell form only).
void report_missing_yes(RuleContext& ctx, const RunInstruction& run, const knowledge::PackageManagerCall& call);

}  // namespace dlint::rules
