// BP011: apt-get install without --no-install-recommends.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/apt_settings.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

// --no-install-recommends, --install-recommends=false, -o APT::Install-Recommends=0 and the like.
bool skips_recommends(const knowledge::PackageManagerCall& call) {
  if (call.has_option({"no-install-recommends"})) return true;
  if (const auto* option = call.find_option({"install-recommends"}); option && option->value) {
    if (knowledge::apt_boolean(*option->value) == false) return true;
  }
  if (auto value = knowledge::apt_config_option(call, "APT::Install-Recommends")) {
    return knowledge::apt_boolean(*value) == false;
  }
  return false;
}

class AptGetInstallRecommends final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP011",
        .name = "apt-get-install-recommends",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "`apt-get install` without --no-install-recommends",
        .rationale =
            "By default apt also installs every package the requested ones merely recommend: documentation, "
            "optional tools, sometimes a whole X11 stack. They make the image larger and widen its attack "
            "surface without being needed. --no-install-recommends installs only real dependencies; name "
            "anything else you need explicitly. An `APT::Install-Recommends \"false\"` setting written earlier "
            "in the build, or passed with -o, counts as well. The fix is marked unsafe: a recommended package "
            "the image silently relied on (ca-certificates for curl is the classic) must then be listed.",
        .bad_example = "RUN apt-get update && apt-get install -y curl\n",
        .good_example = "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl\n",
        .fixable = true,
        .aliases = {"DL3015", "DS029", "DS-0029"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        const auto& call = knowledge::match_package_manager(command);
        if (!call || call->manager->ecosystem != knowledge::Ecosystem::Debian || !call->installs()) continue;
        if (skips_recommends(*call)) continue;
        if (apt_configured(*ctx.build, run, command, "APT::Install-Recommends", false)) continue;
        const ir::ShellWord& sub = *call->subcommand_word();
        std::optional<Fix> fix;
        if (!run.exec_form()) {
          fix = insertion_fix("add --no-install-recommends", sub.span.end, " --no-install-recommends", false);
        }
        ctx.report(sub.span,
                   concat({"`", call->manager->name,
                           " install` without --no-install-recommends also installs recommended packages the "
                           "image does not need"}),
                   std::move(fix));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(AptGetInstallRecommends);

}  // namespace dlint::rules
