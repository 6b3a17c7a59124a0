// BP010: apt-get/apt subcommands that ask for confirmation, run without -y.
#include "engine/rule.hpp"
#include "rules/support/apt_settings.hpp"
#include "rules/support/confirmation_prompts.hpp"

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
    for_each_unanswered_prompt(
        *ctx.build, knowledge::Ecosystem::Debian,
        [&](const RunInstruction& run, const ir::SimpleCommand& command, const knowledge::PackageManagerCall& call) {
          if (apt_configured(*ctx.build, run, command, "APT::Get::Assume-Yes", true)) return;
          report_missing_yes(ctx, run, call);
        });
  }
};

}  // namespace

DLINT_REGISTER_RULE(AptGetMissingYes);

}  // namespace dlint::rules
