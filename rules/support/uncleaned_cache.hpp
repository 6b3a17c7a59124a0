#pragma once
// The walk shared by the "package cache left in the layer" rules of the managers without a no-cache flag
// (yum, dnf, microdnf, zypper, yarn): a RUN in a stage of the final image that installs or upgrades with
// the manager and neither cleans its cache later in the same RUN nor mounts a cache over it.
#include <string>
#include <string_view>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/package_manager_call.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/package_cache.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {

// Reports, once per RUN, the first install or upgrade by a manager for which `judged(manager)` holds
// whose cache stays in the layer. `clean_command(manager)` is what the fix appends to a plain &&-chain
// ("yum clean all").
template <class Judged, class CleanCommand>
void report_uncleaned_caches(RuleContext& ctx, Judged&& judged, CleanCommand&& clean_command) {
  if (!ctx.build) return;
  const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
  for_each_run(*ctx.build, [&](const RunInstruction& run) {
    if (!in_image[run.stage]) return;
    const auto& commands = run.script.commands;
    for (std::size_t i = 0; i < commands.size(); ++i) {
      const auto& call = knowledge::match_package_manager(commands[i]);
      if (!call || !judged(*call->manager)) continue;
      if (!call->installs() && !call->subcommand_in(call->manager->upgrade)) continue;
      if (cache_kept_out_of_layer(run, i, *call->manager)) continue;
      const std::string clean = clean_command(*call->manager);
      std::optional<Fix> fix;
      if (auto end = and_chain_end(run))
        fix = insertion_fix(concat({"append `", clean, "`"}), *end, " && " + clean, true);
      ctx.report(call->subcommand_word()->span,
                 concat({"`", call->manager->name, " ", call->subcommand_name(),
                         "` leaves its package cache in this layer; end the RUN with `", clean, "`"}),
                 std::move(fix));
      return;
    }
  });
}

}  // namespace dlint::rules
