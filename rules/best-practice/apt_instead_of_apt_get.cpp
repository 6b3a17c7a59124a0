// BP016: `apt` (the interactive front end) used in RUN instead of apt-get.
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

// apt subcommands that apt-get runs the same way. Not `upgrade` (apt's also installs new dependencies,
// apt-get's holds such packages back) and not list/search/show (apt-cache's).
constexpr std::array<std::string_view, 10> kSameInAptGet = {"install", "update",    "remove",    "purge",  "autoremove",
                                                            "clean",   "autoclean", "build-dep", "source", "download"};

class AptInsteadOfAptGet final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP016",
        .name = "apt-instead-of-apt-get",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "`apt` used in RUN instead of `apt-get`",
        .rationale =
            "`apt` is the command-line front end for people at a terminal: its output and behaviour may "
            "change between releases, and it warns \"apt does not have a stable CLI interface. Use with "
            "caution in scripts.\" apt-get (and apt-cache for queries) is the stable interface meant for "
            "scripts such as a Dockerfile. The fix renames the program for the subcommands apt-get runs "
            "identically (install, update, remove, purge, autoremove, clean, ...), not for `apt upgrade`, "
            "whose apt-get counterpart holds back packages with new dependencies.",
        .bad_example = "RUN apt update && apt install -y curl\n",
        .good_example = "RUN apt-get update && apt-get install -y curl\n",
        .fixable = true,
        .aliases = {"DL3027", "CKV_DOCKER_9"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        const auto& call = knowledge::match_package_manager(command);
        if (!call || call->manager->name != "apt") continue;
        const ir::ShellWord& program = call->program();
        std::optional<Fix> fix;
        // "-get" goes right after the word, so only an unquoted word of the shell form can take it.
        if (!run.exec_form() && program.raw == program.value && call->subcommand_in(kSameInAptGet)) {
          fix = insertion_fix("use apt-get", program.span.end, "-get", true);
        }
        ctx.report(program.span, "use apt-get (or apt-cache) in scripts: apt's command-line interface is not stable",
                   std::move(fix));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(AptInsteadOfAptGet);

}  // namespace dlint::rules
