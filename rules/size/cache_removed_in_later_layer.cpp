// SIZE015: a package cache removed in a later RUN than the one that filled it: the earlier layer keeps it.
#include <vector>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/package_manager_call.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/opaque_commands.hpp"
#include "rules/support/package_cache.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

// A manager that downloaded into its cache in this RUN: an install, an upgrade or an index refresh.
bool fills_cache(const knowledge::PackageManagerCall& call) {
  return call.installs() || call.updates_index() || call.subcommand_in(call.manager->upgrade);
}

class CacheRemovedInLaterLayer final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE015",
        .name = "cache-removed-in-later-layer",
        .family = "size",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "package lists or caches removed in a later RUN than the one that downloaded them",
        .rationale =
            "Each RUN is a layer, and a layer only adds to the ones below it: `RUN apt-get update && "
            "apt-get install -y curl` followed by `RUN rm -rf /var/lib/apt/lists/*` (or `RUN yum clean all`, "
            "`RUN rm -rf /root/.cache/pip`) hides the files but the image still carries them, in the earlier "
            "layer. Move the cleanup to the end of the RUN that downloaded them. Only stages that end up in "
            "the final image are checked.",
        .bad_example = "RUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n",
        .good_example = "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    // Managers whose downloads an earlier RUN left in its layer.
    std::vector<const knowledge::PackageManager*> left_behind;
    for_each_run(
        *ctx.build,
        [&](const RunInstruction& run) {
          if (!in_image[run.stage]) return;
          const auto& commands = run.script.commands;
          std::vector<const knowledge::PackageManager*> filled_here;
          bool reported = false;  // once per RUN
          bool opaque = false;    // a script ran first: it may have downloaded again
          for (std::size_t i = 0; i < commands.size() && !reported && !opaque; ++i) {
            if (const auto& call = knowledge::match_package_manager(commands[i]); call && fills_cache(*call)) {
              filled_here.push_back(call->manager);
              continue;
            }
            if (runs_opaque_script(commands[i])) {
              opaque = true;
              continue;
            }
            for (const auto* manager : left_behind) {
              bool filled = false;
              for (const auto* here : filled_here) filled = filled || here->ecosystem == manager->ecosystem;
              if (filled || !cleans_cache(commands[i], *manager)) continue;
              const std::size_t program = knowledge::effective_program_index(commands[i]);
              const ir::ShellWord& word = commands[i].argv[program < commands[i].argv.size() ? program : 0];
              ctx.report(word.span, concat({"this removes ", manager->name,
                                            "'s downloads in a later layer than the one that holds them; the "
                                            "image stays as large. Clean up in the RUN that downloads"}));
              reported = true;
              break;
            }
          }
          for (std::size_t i = 0; i < commands.size(); ++i) {
            const auto& call = knowledge::match_package_manager(commands[i]);
            if (!call || !fills_cache(*call) || call->has_option_in(call->manager->no_cache_flags)) continue;
            if (cache_kept_out_of_layer(run, i, *call->manager)) continue;
            left_behind.push_back(call->manager);
          }
        },
        RunWalk{.onbuild = false});
  }
};

}  // namespace

DLINT_REGISTER_RULE(CacheRemovedInLaterLayer);

}  // namespace dlint::rules
