// BP015: `cd` in RUN to set the directory later commands work in; WORKDIR says it once and clearly.
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

std::string_view normalized(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  if (path.substr(0, 2) == "./") path.remove_prefix(2);
  return path;
}

// The directory name a download, clone or archive usually unpacks to: "https://x/repo.git" -> "repo",
// "foo-1.2.tar.gz" -> "foo-1.2".
std::string_view produced_name(std::string_view word) {
  word = knowledge::program_basename(normalized(word));
  for (std::string_view suffix :
       {".git", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2", ".tar.zst", ".tar", ".zip"}) {
    if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix) {
      return word.substr(0, word.size() - suffix.size());
    }
  }
  return word;
}

// True when an earlier command of the RUN names the directory (`mkdir -p /src/app`, `git clone URL app`)
// or, for a relative one, something it unpacks to (`git clone .../app.git`, `tar xf app.tar.gz`): the
// directory is made by this RUN, so a WORKDIR before it could not replace the cd.
bool made_earlier_in_run(const ir::ShellScript& script, const ir::SimpleCommand& cd, std::string_view target) {
  target = normalized(target);
  const bool relative = !target.empty() && target[0] != '/' && target[0] != '$' && target[0] != '~';
  std::string_view first_component = relative ? target.substr(0, target.find('/')) : std::string_view();
  for (const auto& earlier : script.commands) {
    if (&earlier == &cd) break;
    for (std::size_t i = 1; i < earlier.argv.size(); ++i) {
      std::string_view word = earlier.argv[i].value;
      if (normalized(word) == target) return true;
      if (relative && produced_name(word) == first_component) return true;
    }
  }
  return false;
}

// `RUN cd /abs && a && b` -> `WORKDIR /abs` + `RUN a && b`, when the whole script is that chain.
std::optional<Fix> workdir_fix(const SourceFile& file, const RunInstruction& run, const ir::SimpleCommand& cd,
                               const ir::ShellWord& target) {
  const auto& commands = run.script.commands;
  if (run.onbuild() || run.exec_form() || !run.run.command.heredocs.empty() || !run.script.errors.empty()) {
    return std::nullopt;
  }
  if (commands.size() < 2 || &commands.front() != &cd || target.has_expansion || target.quoted ||
      target.value.empty() || target.value[0] != '/') {
    return std::nullopt;
  }
  for (std::size_t i = 1; i < commands.size(); ++i) {
    if (commands[i].in_substitution) continue;
    if (commands[i].depth != 0 ||
        (commands[i].connector != ir::Connector::And && commands[i].connector != ir::Connector::Pipe) ||
        (i == 1 && commands[i].connector != ir::Connector::And)) {
      return std::nullopt;
    }
  }
  if (cd.argv.size() != 2 || !cd.redirections.empty() || !cd.assignments.empty()) return std::nullopt;
  std::string workdir(line_indentation(file, run.op.span));
  workdir.append("WORKDIR ").append(target.value).append("\n");
  return Fix{"move the cd into a WORKDIR",
             {TextEdit{line_start_offset(file, run.op.span), line_start_offset(file, run.op.span), workdir},
              TextEdit{cd.span.begin, commands[1].span.begin, ""}},
             false};
}

class CdInsteadOfWorkdir final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP015",
        .name = "cd-instead-of-workdir",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`cd` in RUN where WORKDIR would set the directory",
        .rationale =
            "A `cd` lasts for one RUN only, so the directory a command works in is spelled out again and "
            "again and is easy to get wrong when RUNs are split or reordered; WORKDIR sets it once for every "
            "later instruction and creates it if needed. Only the first top-level `cd` of a RUN is reported, "
            "and not when an earlier command of the same RUN creates or unpacks that directory (`git clone "
            "... app && cd app`, `mkdir -p /x && cd /x`), since WORKDIR could not replace it there; `cd -`, a "
            "bare `cd`, and cd inside subshells or $(...) are left alone. The fix turns `RUN cd /abs && cmd` "
            "into `WORKDIR /abs` plus `RUN cmd`; it is unsafe because the WORKDIR also applies to every "
            "later instruction.",
        .bad_example = "RUN cd /app && npm ci\n",
        .good_example = "WORKDIR /app\nRUN npm ci\n",
        .fixable = true,
        .aliases = {"DL3003", "DS013", "DS-0013"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        if (command.program() != "cd" || command.in_substitution) continue;
        // Only the first cd of a RUN: later ones are steps of the same walk (`cd build && ... && cd ..`).
        if (command.depth == 0) check_cd(ctx, run, command);
        return;
      }
    });
  }

 private:
  static void check_cd(RuleContext& ctx, const RunInstruction& run, const ir::SimpleCommand& cd) {
    auto operands = cd.operands();
    if (operands.size() != 1) return;  // a bare `cd` goes home; more operands is not plain cd
    const ir::ShellWord& target = *operands.front();
    if (target.value == "-") return;
    if (target.raw.find("$(") != std::string::npos || target.raw.find('`') != std::string::npos) return;
    if (made_earlier_in_run(run.script, cd, target.value)) return;
    ctx.report(cd.argv.front().span,
               concat({"`cd ", target.value, "` only lasts for this RUN; use WORKDIR to set the working directory"}),
               workdir_fix(ctx.file(), run, cd, target));
  }
};

}  // namespace

DLINT_REGISTER_RULE(CdInsteadOfWorkdir);

}  // namespace dlint::rules
