#pragma once
// The walk shared by the package-pinning rules: every package an install call names without a version,
// read with the manager's own pin syntax (knowledge/package_pinning.hpp), variables resolved.
#include <string>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "knowledge/package_pinning.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/package_operands.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {

// Reports each unpinned package of each install call for which `judged(call)` is true.
template <class Judged>
void report_unpinned_packages(RuleContext& ctx, Judged&& judged) {
  if (!ctx.build) return;
  for_each_run(*ctx.build, [&](const RunInstruction& run) {
    for (const auto& command : run.script.commands) {
      const auto& call = knowledge::match_package_manager(command);
      if (!call || !call->installs() || !judged(*call)) continue;
      if (call->has_option_in(call->manager->version_flags)) continue;
      for (const auto& package : package_operands(*ctx.build, run, *call)) {
        if (knowledge::pin_state(*call->manager, package.name) != knowledge::PinState::Unpinned) continue;
        std::string where = package.from_variable ? concat({" (from `", package.word->value, "`)"}) : std::string();
        const std::string_view name = knowledge::without_tag(*call->manager, package.name);
        ctx.report(package.word->span,
                   concat({"pin the version of `", name, "`", where, " (`", name, knowledge::pin_hint(*call->manager),
                           "`) so rebuilds install the same package"}));
      }
    }
  });
}

}  // namespace dlint::rules
