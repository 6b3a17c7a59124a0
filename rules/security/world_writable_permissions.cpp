// SEC013: files or directories made writable by every user (`chmod 777`, `COPY --chmod=666`).
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/file_modes.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

constexpr std::array<std::string_view, 1> kChmodValues = {"reference"};
constexpr std::array<std::string_view, 8> kModeValues = {"m", "mode",  "o", "owner",
                                                         "g", "group", "t", "target-directory"};

// True when a later `rm` of the same script removes `path` (a temporary directory opened up for a build
// step: `chmod 777 "$tmp" && ... && rm -rf "$tmp"`).
bool removed_later(const ir::ShellScript& script, const ir::SimpleCommand& after, std::string_view path) {
  bool seen = false;
  for (const auto& command : script.commands) {
    if (&command == &after) {
      seen = true;
      continue;
    }
    if (!seen || command.program() != "rm") continue;
    for (const ir::ShellWord* operand : command.operands()) {
      if (operand->value == path) return true;
    }
  }
  return false;
}

std::string message(std::string_view mode) {
  return concat({"mode `", mode,
                 "` lets every user of the container change these files; give write access to the owner "
                 "(or a group) only"});
}

class WorldWritablePermissions final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC013",
        .name = "world-writable-permissions",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`chmod 777` (or another world-writable mode) in a RUN, or on COPY/ADD --chmod",
        .rationale =
            "A world-writable file or directory can be changed by any process in the container, whatever user "
            "it runs as: a compromised helper process can rewrite the application's code or configuration, "
            "and `777` on a directory in PATH lets it plant programs. It is usually a shortcut around a "
            "missing `chown`; give the files to the user that needs to write them (`COPY --chown=app`, "
            "`chown -R app /data`) with a mode like 755 or 775. Modes with the sticky bit (1777, as on "
            "/tmp) are not reported. chmod, mkdir -m, install -m and COPY/ADD --chmod are read, in the "
            "stages of the final image.",
        .bad_example = "RUN mkdir /data && chmod 777 /data\n",
        .good_example = "RUN mkdir /data && chown app:app /data && chmod 755 /data\n",
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    for (const auto& stage : ctx.build->stages) {
      if (!in_image[stage.index]) continue;
      for (const auto& op : stage.ops) {
        if (op.kind != ir::OpKind::Copy && op.kind != ir::OpKind::Add) continue;
        const ir::Flag* chmod = op.flag("chmod");
        if (chmod && chmod->value && knowledge::world_writable_mode(chmod->value->value)) {
          ctx.report(chmod->value->span, message(chmod->value->value));
        }
      }
    }
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      if (!in_image[run.stage]) return;
      for (const auto& command : run.script.commands) {
        const std::size_t index = knowledge::effective_program_index(command);
        if (index >= command.argv.size()) continue;
        const std::string_view program = knowledge::program_basename(command.argv[index].value);
        if (program == "chmod") {
          for (const auto& arg : knowledge::parse_args(command, index + 1, knowledge::OptionSpec{kChmodValues})) {
            if (arg.kind == knowledge::ParsedArg::Kind::Option) {
              // "-w", "-x" are modes too, but removing bits is never world-writable; "--reference" copies.
              if (arg.name == "reference") break;
              continue;
            }
            const ir::ShellWord& mode = command.argv[arg.word];
            if (mode.has_expansion || !knowledge::world_writable_mode(mode.value)) break;
            bool all_removed = true;
            for (std::size_t i = arg.word + 1; i < command.argv.size() && all_removed; ++i) {
              all_removed = removed_later(run.script, command, command.argv[i].value);
            }
            if (!all_removed) ctx.report(mode.span, message(mode.value));
            break;  // the first operand is the mode
          }
          continue;
        }
        for (const auto& arg : knowledge::parse_args(command, index + 1, knowledge::OptionSpec{kModeValues})) {
          if (arg.kind != knowledge::ParsedArg::Kind::Option || !arg.value) continue;
          if (!knowledge::takes_mode_option(program, arg.name) || !knowledge::world_writable_mode(*arg.value)) continue;
          ctx.report(command.argv[arg.value_word].span, message(*arg.value));
        }
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(WorldWritablePermissions);

}  // namespace dlint::rules
