// BP031: upgrading every installed package in a RUN (`apt-get upgrade`, `apk upgrade`, `dnf update`).
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

class PackageUpgradeInBuild final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP031",
        .name = "package-upgrade-in-build",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "`apt-get upgrade`, `apk upgrade`, `yum/dnf update` or `zypper update` of every installed package",
        .rationale =
            "Upgrading everything the base image ships makes the image depend on the day it was built rather "
            "than on the base image tag, and the RUN's cached layer keeps the upgrades of its first build "
            "forever. Rebuilding on a freshly pulled, patched base image (`--pull`) gives the same fixes "
            "reproducibly. Opinions differ - hadolint retired its rules for this (DL3005, DL3017, DL3031, "
            "DL3039) because an outdated base image is worse - so this is informational. A named package "
            "(`dnf update -y openssl`) is a targeted fix and not reported; `zypper dist-upgrade` has its own "
            "rule (BP029).",
        .bad_example = "FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n",
        .good_example = "FROM debian:12.6\nRUN apt-get update && apt-get install -y --only-upgrade openssl\n",
        .aliases = {"DS024", "DS-0024"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        const auto& call = knowledge::match_package_manager(command);
        if (!call || !call->subcommand_in(call->manager->upgrade)) continue;
        const std::string_view sub = call->subcommand_name();
        if (call->manager->ecosystem == knowledge::Ecosystem::Suse && (sub == "dist-upgrade" || sub == "dup")) continue;
        if (!call->operands().empty()) continue;  // named packages: a targeted upgrade
        ctx.report(call->subcommand_word()->span,
                   concat({"`", call->manager->name, " ", sub,
                           "` upgrades everything the base image ships; prefer rebuilding on an updated base image"}));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(PackageUpgradeInBuild);

}  // namespace dlint::rules
