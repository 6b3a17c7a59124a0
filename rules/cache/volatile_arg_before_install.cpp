// CACHE020: an ARG that changes on every build (BUILD_DATE, GIT_SHA, ...) declared before an install RUN
// that does not use it.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/dependency_installs.hpp"
#include "knowledge/package_manager_call.hpp"
#include "knowledge/stage_chain.hpp"
#include "knowledge/volatile_build_args.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"
#include "rules/support/variable_references.hpp"

namespace dlint::rules {
namespace {

// The first command of the script that installs packages or a project's dependencies.
const ir::SimpleCommand* install_command(const ir::ShellScript& script) {
  for (const auto& command : script.commands) {
    if (const auto& call = knowledge::match_package_manager(command); call && call->installs()) return &command;
    if (knowledge::dependency_install(command)) return &command;
  }
  return nullptr;
}

bool mentions(const ir::Op& op, std::string_view name, char escape) {
  auto uses = [&](std::string_view text) {
    for (const auto& ref : variable_references(text, escape)) {
      if (ref.name == name) return true;
    }
    return false;
  };
  if (const auto* command = op.command()) {
    if (uses(command->source.text()) || uses(command->shell_text.value)) return true;
    for (const auto& arg : command->exec_args) {
      if (uses(arg.value)) return true;
    }
  }
  for (const auto& flag : op.flags) {
    if (flag.value && uses(flag.value->value)) return true;
  }
  return false;
}

class VolatileArgBeforeInstall final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "CACHE020",
        .name = "volatile-arg-before-install",
        .family = "cache",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "An ARG that changes every build is declared before an install step",
        .rationale =
            "Every ARG declared in a stage is part of the environment of the RUNs after it, so when its value "
            "changes, Docker re-runs all of them. An ARG such as BUILD_DATE, GIT_SHA, BUILD_NUMBER or a "
            "CI-passed VERSION changes on every build: declared at the top of the stage, it makes the package "
            "and dependency installs below it run every time, even when nothing they depend on changed. "
            "Declare it just before the instruction that uses it (usually a LABEL or the final build step). "
            "A RUN that uses the ARG itself is not reported, nor is a version ARG with a real default "
            "(`ARG VERSION=1.4.2` pins a tool), nor a stage the default target does not build.",
        .bad_example =
            "FROM node:20-alpine\nARG GIT_SHA\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n"
            "LABEL org.opencontainers.image.revision=$GIT_SHA\n",
        .good_example =
            "FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nARG GIT_SHA\n"
            "LABEL org.opencontainers.image.revision=$GIT_SHA\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const char escape = ctx.build->escape;
    // A stage the default target does not need is not built, so its cache does not matter.
    std::vector<bool> built = knowledge::stages_for_target(*ctx.build);
    for (const auto& stage : ctx.build->stages) {
      if (!built[stage.index]) continue;
      for (std::size_t i = 0; i < stage.ops.size(); ++i) {
        const auto* arg = stage.ops[i].as<ir::ArgOp>();
        if (!arg) continue;
        for (const auto& kv : arg->args) {
          std::optional<std::string_view> value;
          if (kv.value) value = kv.value->value;
          if (!knowledge::volatile_build_arg(kv.key.value, value)) continue;
          for (std::size_t j = i + 1; j < stage.ops.size(); ++j) {
            const ir::Op& later = stage.ops[j];
            const auto* run = later.as<ir::RunOp>();
            if (!run) continue;
            if (mentions(later, kv.key.value, escape)) break;  // the ARG is needed from here on
            ir::ShellScript exec_script;
            const ir::ShellScript* script = &run->command.script;
            if (run->command.form == ir::Command::Form::Exec) {
              exec_script = script_from_exec(run->command);
              script = &exec_script;
            }
            const ir::SimpleCommand* install = install_command(*script);
            if (!install) continue;
            ctx.report(kv.key.span, concat({"ARG ", kv.key.value, " changes on every build and re-runs the ",
                                            install->program(), " on line ", std::to_string(later.span.start.line),
                                            " each time; declare it after that RUN, where it is used"}));
            break;
          }
        }
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(VolatileArgBeforeInstall);

}  // namespace dlint::rules
