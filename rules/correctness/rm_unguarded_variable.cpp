// COR021: `rm -rf $DIR/...` where DIR may be empty, which removes from the root directory.
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/stage_env.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"
#include "rules/support/variable_references.hpp"

namespace dlint::rules {
namespace {

constexpr std::array<std::string_view, 0> kNoValues = {};

// Variables the shell always sets to a non-empty value.
bool always_set(std::string_view name) {
  return name == "HOME" || name == "PWD";
}

// True when the script assigns `name` before `command` (`DIR=/x; rm -rf $DIR/*`, `export DIR=/x`).
bool assigned_before(const ir::ShellScript& script, const ir::SimpleCommand& command, std::string_view name) {
  auto assigns = [&](const ir::ShellWord& word) {
    std::string_view text = word.value;
    return text.size() > name.size() && text.substr(0, name.size()) == name && text[name.size()] == '=';
  };
  for (const auto& earlier : script.commands) {
    if (&earlier == &command) break;
    for (const auto& word : earlier.assignments) {
      if (assigns(word)) return true;
    }
    for (const auto& word : earlier.argv) {
      if (assigns(word)) return true;
    }
    // `read name`, `for name in ...` loops are not visible as assignments: give up on them.
    if (earlier.program() == "read") return true;
  }
  return false;
}

class RmUnguardedVariable final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR021",
        .name = "rm-unguarded-variable",
        .family = "correctness",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`rm -r $DIR/...` where the variable may be empty, so the path starts at /",
        .rationale =
            "If DIR is unset or empty - a build argument nobody passed, a typo in the name - `rm -rf $DIR/*` "
            "becomes `rm -rf /*` and deletes the image's whole filesystem, or `rm -rf $DIR/lib` removes "
            "/lib. Write `${DIR:?}` so the shell stops with an error when it is empty, or give the variable "
            "a value in the Dockerfile (ENV, or an ARG default). Variables set by ENV or an ARG default "
            "before the RUN, or assigned earlier in the script, are not reported.",
        .bad_example = "ARG PREFIX\nRUN rm -rf $PREFIX/share/doc\n",
        .good_example = "ARG PREFIX\nRUN rm -rf \"${PREFIX:?}\"/share/doc\n",
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        const std::size_t index = knowledge::effective_program_index(command);
        if (index >= command.argv.size() || knowledge::program_basename(command.argv[index].value) != "rm") continue;
        if (command.depth != 0) continue;  // loop variables and guarded branches are not tracked
        auto args = knowledge::parse_args(command, index + 1, knowledge::OptionSpec{kNoValues});
        if (!knowledge::has_option(args, {"r", "R", "recursive"})) continue;
        for (const auto& arg : args) {
          if (arg.kind != knowledge::ParsedArg::Kind::Operand) continue;
          const ir::ShellWord& word = command.argv[arg.word];
          if (!word.has_expansion) continue;
          auto refs = variable_references(word.value);
          if (refs.empty() || refs.front().offset != 0 || refs.front().has_fallback) continue;
          const auto& ref = refs.front();
          if (ref.offset + ref.length >= word.value.size() || word.value[ref.offset + ref.length] != '/') continue;
          if (always_set(ref.name) || assigned_before(run.script, command, ref.name)) continue;
          auto env = knowledge::find_env(*ctx.build, run.stage, &run.stage_op, ref.name);
          if (env && env->value && !knowledge::unquoted_value(*env->value).empty()) continue;
          ctx.report(word.span,
                     concat({"if $", ref.name, " is empty this removes `", word.value.substr(ref.length),
                             "` from the root directory; write ${", ref.name, ":?} to stop on an empty value"}));
        }
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(RmUnguardedVariable);

}  // namespace dlint::rules
