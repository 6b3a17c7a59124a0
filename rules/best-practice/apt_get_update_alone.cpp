// BP012: `apt-get update` in a RUN that installs nothing with the index it fetched.
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/opaque_commands.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

// apt subcommands that read the package index the update fetched.
constexpr std::array<std::string_view, 9> kIndexReaders = {
    "install", "reinstall", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "source", "download", "satisfy"};

bool reads_index(const ir::SimpleCommand& command) {
  const auto& call = knowledge::match_package_manager(command);
  if (call && call->manager->ecosystem == knowledge::Ecosystem::Debian) {
    return call->subcommand_in(kIndexReaders);
  }
  std::size_t index = knowledge::effective_program_index(command);
  if (index < command.argv.size()) {
    std::string_view program = knowledge::program_basename(command.argv[index].value);
    if (program == "apt-cache" || program == "aptitude" || program == "apt-get" || program == "apt") return false;
  }
  return runs_opaque_script(command);
}

class AptGetUpdateAlone final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP012",
        .name = "apt-get-update-alone",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "`apt-get update` in a RUN that installs nothing",
        .rationale =
            "The build cache keys a RUN on its text, not on the day it ran. A lone `RUN apt-get update` is "
            "cached once and reused for months, so a later `RUN apt-get install` works from a stale package "
            "index: it fails with 404s once the mirror drops the old versions, or installs outdated packages. "
            "Run `apt-get update` in the same RUN as the `apt-get install` that needs it, so both are redone "
            "together. A RUN that also runs a script (`./install.sh`, `sh -c ...`, `curl ... | bash`) is left "
            "alone, since the script may install with the fresh index.",
        .bad_example = "RUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n",
        .good_example = "RUN apt-get update && apt-get install -y --no-install-recommends curl\n",
        .fixable = false,
        .aliases = {"DS017", "DS-0017", "CKV_DOCKER_5"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      const ir::ShellWord* update = nullptr;
      bool consumed = false;
      for (const auto& command : run.script.commands) {
        const auto& call = knowledge::match_package_manager(command);
        if (!update && call && call->manager->ecosystem == knowledge::Ecosystem::Debian && call->updates_index()) {
          update = call->subcommand_word();
          continue;
        }
        if (reads_index(command)) consumed = true;
      }
      if (update && !consumed) {
        ctx.report(update->span,
                   "`apt-get update` without an install in the same RUN: once cached, this layer keeps a stale "
                   "package index for later RUNs; update and install in one RUN");
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(AptGetUpdateAlone);

}  // namespace dlint::rules
