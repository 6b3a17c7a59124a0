// BP033: wget without --progress or -q: its default progress bar floods the build log.
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"
#include "rules/support/stage_base.hpp"

namespace dlint::rules {
namespace {

constexpr std::array<std::string_view, 12> kWgetValues = {"O", "output-document",  "o", "output-file",
                                                          "P", "directory-prefix", "t", "tries",
                                                          "T", "timeout",          "U", "user-agent"};

// -q, --quiet, -nv / --no-verbose, --progress=..., or output to a log file (-o), which takes the bar too.
bool quiet(const ir::SimpleCommand& command, std::size_t index) {
  for (std::size_t i = index + 1; i < command.argv.size(); ++i) {
    if (command.argv[i].value == "-nv") return true;
  }
  auto args = knowledge::parse_args(command, index + 1, knowledge::OptionSpec{kWgetValues});
  return knowledge::has_option(args, {"q", "quiet", "no-verbose", "progress", "o", "output-file", "a"});
}

// True when some RUN of the build installs GNU wget with a package manager (`apk add wget`): on Alpine the
// plain `wget` is BusyBox's otherwise.
bool installs_gnu_wget(const ir::BuildDefinition& build) {
  bool found = false;
  for_each_run(build, [&](const RunInstruction& run) {
    for (const auto& command : run.script.commands) {
      const auto& call = knowledge::match_package_manager(command);
      if (!call || !call->installs()) continue;
      for (const ir::ShellWord* operand : call->operands()) found = found || operand->value == "wget";
    }
  });
  return found;
}

class WgetWithoutProgress final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP033",
        .name = "wget-without-progress",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "`wget` without `--progress` (or -q / -nv)",
        .rationale =
            "Without a terminal, GNU wget draws its progress bar as one line per few kilobytes, so one large "
            "download writes thousands of lines into the build log and hides the output that matters. "
            "`--progress=dot:giga` keeps a short progress trace; -q or -nv silence it. The fix adds "
            "`--progress=dot:giga`. Alpine and BusyBox based stages run BusyBox's wget, which neither floods "
            "the log nor knows the option, and are not reported unless the build installs GNU wget.",
        .bad_example = "RUN wget https://example.com/tool.tgz\n",
        .good_example = "RUN wget --progress=dot:giga https://example.com/tool.tgz\n",
        .fixable = true,
        .aliases = {"DL3047"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const bool gnu_wget_installed = installs_gnu_wget(*ctx.build);
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        const std::size_t index = knowledge::effective_program_index(command);
        if (index >= command.argv.size() || knowledge::program_basename(command.argv[index].value) != "wget") continue;
        if (quiet(command, index)) continue;
        if (busybox_userland(*ctx.build, run.stage) && !gnu_wget_installed) continue;
        const ir::ShellWord& word = command.argv[index];
        std::optional<Fix> fix;
        if (!run.exec_form())
          fix = insertion_fix("add --progress=dot:giga", word.span.end, " --progress=dot:giga", true);
        ctx.report(word.span, "`wget` without --progress or -q writes its progress bar into the build log line by line",
                   std::move(fix));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(WgetWithoutProgress);

}  // namespace dlint::rules
