// BP014: a RUN pipeline whose failures are hidden because the shell does not run with pipefail.
#include <algorithm>
#include <array>
#include <set>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/shell_in_effect.hpp"
#include "knowledge/shells.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

constexpr std::array<std::string_view, 1> kSetValues = {"o"};

// `set -o pipefail`, `set -euo pipefail`.
bool sets_pipefail(const ir::SimpleCommand& command) {
  if (command.program() != "set") return false;
  auto args = knowledge::parse_args(command, 1, knowledge::OptionSpec{kSetValues});
  return std::any_of(args.begin(), args.end(), [](const knowledge::ParsedArg& a) {
    return a.kind == knowledge::ParsedArg::Kind::Option && a.name == "o" && a.value == "pipefail";
  });
}

// The right-hand command of the first pipe that runs without pipefail, or null.
// Whether every command left of the last in `second`'s pipeline only prints its arguments (echo, printf):
// those cannot fail, so pipefail would change nothing (`echo "$SUM  f" | sha256sum -c`).
bool only_printers_on_the_left(const ir::ShellScript& script, const ir::SimpleCommand& second) {
  for (const auto& command : script.commands) {
    if (command.pipeline != second.pipeline || command.depth != second.depth ||
        command.in_substitution != second.in_substitution || command.pipeline_position + 1 >= command.pipeline_length) {
      continue;
    }
    std::string_view program = command.program();
    if (program != "echo" && program != "printf") return false;
  }
  return true;
}

const ir::SimpleCommand* unprotected_pipe(const ir::ShellScript& script) {
  bool pipefail = false;
  for (const auto& command : script.commands) {
    if (command.depth == 0 && sets_pipefail(command)) pipefail = true;
    if (!pipefail && command.pipeline_position == 1 && !only_printers_on_the_left(script, command)) return &command;
  }
  return nullptr;
}

bool alpine_like(const ir::ImageRef& base) {
  std::string name = base.short_name();
  return name == "alpine" || name == "busybox" || base.tag.find("alpine") != std::string::npos;
}

class PipeWithoutPipefail final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP014",
        .name = "pipe-without-pipefail",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "RUN with a pipe, but the shell does not run with `-o pipefail`",
        .rationale =
            "A pipeline's exit status is that of its last command, so in `RUN curl -fsSL $URL | tar xz` a "
            "failed download is hidden by tar and the build goes on with a broken layer. With pipefail the "
            "pipeline fails when any part fails. Set it for the stage with "
            "`SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` (ash and zsh work too), or start the "
            "script with `set -o pipefail`. The default /bin/sh is dash on Debian, which before 0.5.13 does "
            "not know pipefail, so the default shell is never counted as having it. Stages whose SHELL is not "
            "a POSIX shell (pwsh, cmd) are skipped, and so is ONBUILD RUN, whose shell is the one of the "
            "image that triggers it. A pipeline whose commands left of the last are only echo or printf "
            "(`echo \"$SUM  f.tgz\" | sha256sum -c -`) is not reported: those cannot fail. The fix (unsafe: the shell "
            "must exist in the image) adds `-o pipefail` "
            "to a bash/zsh/ash/ksh SHELL in effect, or inserts a SHELL line before the first such RUN of the "
            "stage: ash for alpine and busybox bases, bash otherwise.",
        .bad_example = "RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local\n",
        .good_example =
            "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
            "RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local\n",
        .fixable = true,
        .aliases = {"DL4006"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    // One fix per place it would edit: applying them all must not insert the same SHELL twice.
    std::set<const ir::Op*> fixed_shells;
    std::set<std::size_t> fixed_stages;
    for_each_run(
        *ctx.build,
        [&](const RunInstruction& run) {
          if (run.exec_form()) return;
          const ir::SimpleCommand* pipe = unprotected_pipe(run.script);
          if (!pipe) return;
          const auto& shell = run.shell;
          const std::string_view program = shell.program();
          if (!knowledge::is_posix_shell(program) || shell.sets_option("pipefail")) return;
          std::optional<Fix> fix;
          if (shell.is_default()) {
            fix = default_shell_fix(ctx, run, fixed_stages);
          } else if (shell.instruction && knowledge::supports_pipefail(program) &&
                     fixed_shells.insert(shell.instruction).second) {
            fix = shell_option_fix(shell);
          }
          const Span& at = pipe->argv.empty() ? pipe->span : pipe->argv.front().span;
          ctx.report(at,
                     "the pipe's status is only that of its last command: a failure on its left goes unnoticed "
                     "unless the shell runs with -o pipefail",
                     std::move(fix));
        },
        RunWalk{.onbuild = false});
  }

 private:
  // A SHELL line before the first such RUN of a stage (stages built FROM it inherit the SHELL).
  static std::optional<Fix> default_shell_fix(RuleContext& ctx, const RunInstruction& run,
                                              std::set<std::size_t>& fixed_stages) {
    for (std::size_t stage : knowledge::stage_ancestry(*ctx.build, run.stage)) {
      if (fixed_stages.count(stage)) return std::nullopt;
    }
    fixed_stages.insert(run.stage);
    const bool ash = alpine_like(knowledge::external_base(*ctx.build, run.stage));
    std::string line(line_indentation(ctx.file(), run.op.span));
    line += ash ? R"(SHELL ["/bin/ash", "-o", "pipefail", "-c"])" : R"(SHELL ["/bin/bash", "-o", "pipefail", "-c"])";
    line += '\n';
    return insertion_fix(concat({"run this stage's RUNs under ", ash ? "ash" : "bash", " -o pipefail"}),
                         line_start_offset(ctx.file(), run.op.span), std::move(line), false);
  }

  // `SHELL ["/bin/bash", "-c"]` -> `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.
  static std::optional<Fix> shell_option_fix(const knowledge::ShellInEffect& shell) {
    const auto* detail = shell.instruction->as<ir::ShellOp>();
    if (!detail || !detail->json_form || shell.program_index() >= detail->argv.size()) return std::nullopt;
    const Span& program = detail->argv[shell.program_index()].span;
    return insertion_fix("add -o pipefail to the SHELL", program.end, R"(, "-o", "pipefail")", false);
  }
};

}  // namespace

DLINT_REGISTER_RULE(PipeWithoutPipefail);

}  // namespace dlint::rules
