// BP030: `apk update`, `dnf makecache` or `zypper refresh` in a RUN that installs nothing with the index.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/opaque_commands.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

// A later command that uses the fresh index of `ecosystem`: an install or upgrade, or a script.
bool reads_index(const ir::SimpleCommand& command, knowledge::Ecosystem ecosystem) {
  if (const auto& call = knowledge::match_package_manager(command)) {
    if (call->manager->ecosystem != ecosystem) return false;
    return call->installs() || call->subcommand_in(call->manager->upgrade);
  }
  return runs_opaque_script(command);
}

class PackageIndexUpdateAlone final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP030",
        .name = "package-index-update-alone",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`apk update`, `yum/dnf makecache` or `zypper refresh` in a RUN that installs nothing",
        .rationale =
            "A RUN that only refreshes the package index is cached like any other: the next build reuses the "
            "old index, and a later RUN that installs from it asks for package versions the mirror no longer "
            "has, or silently installs outdated ones. Refresh and install in the same RUN, or let the "
            "installer fetch the index itself (`apk add --no-cache`, `dnf install`). apt-get has its own rule "
            "(BP012). A RUN that runs a script after the refresh is not judged: the script may install.",
        .bad_example = "FROM alpine:3.20\nRUN apk update\nRUN apk add curl\n",
        .good_example = "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      const auto& commands = run.script.commands;
      for (std::size_t i = 0; i < commands.size(); ++i) {
        const auto& call = knowledge::match_package_manager(commands[i]);
        if (!call || call->manager->ecosystem == knowledge::Ecosystem::Debian || !call->updates_index()) continue;
        bool consumed = false;
        for (std::size_t j = i + 1; j < commands.size() && !consumed; ++j) {
          consumed = reads_index(commands[j], call->manager->ecosystem);
        }
        if (consumed) continue;
        ctx.report(call->subcommand_word()->span,
                   concat({"`", call->manager->name, " ", call->subcommand_name(),
                           "` without an install in the same RUN: the cached layer keeps a stale index for later "
                           "RUNs; refresh and install in one RUN"}));
        return;
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(PackageIndexUpdateAlone);

}  // namespace dlint::rules
