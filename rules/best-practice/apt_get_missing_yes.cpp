// BP010: apt-get/apt subcommands that ask for confirmation, run without -y.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/apt_settings.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/pipelines.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

class AptGetMissingYes final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP010",
        .name = "apt-get-missing-yes",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "`apt-get install` (or another apt subcommand that asks for confirmation) without -y",
        .rationale =
            "apt-get asks \"Do you want to continue? [Y/n]\" before installing more packages than were named "
            "or removing any. A build has no terminal to answer, so apt-get reads end-of-input, aborts, and "
            "the RUN fails - or, worse, only fails the day a dependency changes. Pass -y (--yes), or a quiet "
            "level of 2 (-qq), which implies it. This applies to install, upgrade, dist-upgrade, remove, purge, "
            "autoremove and build-dep, with apt-get and apt alike; `yes | apt-get ...` and an "
            "`APT::Get::Assume-Yes` setting written earlier in the build are accepted too.",
        .bad_example = "RUN apt-get update && apt-get install curl\n",
        .good_example = "RUN apt-get update && apt-get install -y curl\n",
        .fixable = true,
        .aliases = {"DL3014", "DS021", "DS-0021"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        auto call = knowledge::match_package_manager(command);
        if (!call || call->manager->ecosystem != knowledge::Ecosystem::Debian) continue;
        if (!call->subcommand_in(call->manager->prompting)) continue;
        if (knowledge::assumes_yes(*call) || fed_by_yes(run.script, command)) continue;
        if (apt_configured(*ctx.build, run, command, "APT::Get::Assume-Yes", true)) continue;
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

DLINT_REGISTER_RULE(AptGetMissingYes);

}  // namespace dlint::rules
