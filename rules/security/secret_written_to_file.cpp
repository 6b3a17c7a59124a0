// SEC014: a secret echoed or printf'd into a file, which keeps it in the layer.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/secret_patterns.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"
#include "rules/support/variable_references.hpp"

namespace dlint::rules {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// The file the command's output goes to: `> file`, `>> file`, or the first operand of a `tee` that reads
// the pipe. Null when the output goes to a terminal, a pipe into another program, or /dev/*.
const ir::ShellWord* output_file(const ir::ShellScript& script, const ir::SimpleCommand& command) {
  for (const auto& redirection : command.redirections) {
    if ((redirection.op == ">" || redirection.op == ">>" || redirection.op == ">|" || redirection.op == "&>") &&
        !starts_with(redirection.target.value, "/dev/")) {
      return &redirection.target;
    }
  }
  for (const auto& next : script.commands) {
    if (next.pipeline != command.pipeline || next.pipeline_position != command.pipeline_position + 1) continue;
    if (next.depth != command.depth || next.program() != "tee") return nullptr;
    for (const ir::ShellWord* operand : next.operands()) {
      if (!starts_with(operand->value, "/dev/")) return operand;
    }
    for (const auto& redirection : next.redirections) {
      if (redirection.op == ">" || redirection.op == ">>") return &redirection.target;
    }
  }
  return nullptr;
}

// True when a later command of the script removes `file` (`rm -f ~/.npmrc`).
bool removed_later(const ir::ShellScript& script, const ir::SimpleCommand& writer, std::string_view file) {
  bool after = false;
  for (const auto& command : script.commands) {
    if (&command == &writer) {
      after = true;
      continue;
    }
    if (!after || command.program() != "rm") continue;
    for (const ir::ShellWord* operand : command.operands()) {
      if (operand->value == file) return true;
    }
  }
  return false;
}

// What in `word` is secret: a well-known credential format, or a variable named like a secret.
std::optional<std::string> secret_in(const ir::ShellWord& word) {
  if (auto match = knowledge::find_secret_value(word.value)) return match->kind;
  if (!word.has_expansion) return std::nullopt;  // '$TOKEN' in single quotes is text
  for (const auto& ref : variable_references(word.value)) {
    if (knowledge::secret_name(ref.name)) return concat({"the value of $", ref.name});
  }
  return std::nullopt;
}

class SecretWrittenToFile final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC014",
        .name = "secret-written-to-file",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "a token, password or private key written into a file with echo or printf",
        .rationale =
            "`echo \"//registry.npmjs.org/:_authToken=$NPM_TOKEN\" > ~/.npmrc` or "
            "`echo \"-----BEGIN OPENSSH PRIVATE KEY-----...\" > ~/.ssh/id_rsa` puts the secret into the layer, "
            "and anyone who can pull the image can read it, even if a later RUN deletes the file. Mount it "
            "for the one RUN that needs it instead: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc "
            "npm ci` or `--mount=type=ssh`. A file removed again later in the same RUN does not reach the "
            "layer and is not reported; neither are stages left out of the final image.",
        .bad_example =
            "ARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > /root/.npmrc && npm ci\n",
        .good_example = "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n",
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      if (!in_image[run.stage]) return;
      for (const auto& command : run.script.commands) {
        const std::string_view program = command.program();
        if (program != "echo" && program != "printf") continue;
        const ir::ShellWord* file = output_file(run.script, command);
        if (!file || removed_later(run.script, command, file->value)) continue;
        for (std::size_t i = 1; i < command.argv.size(); ++i) {
          auto secret = secret_in(command.argv[i]);
          if (!secret) continue;
          ctx.report(command.argv[i].span, concat({"writes ", *secret, " into `", file->value,
                                                   "`, where it stays in the layer; mount it with "
                                                   "`RUN --mount=type=secret` instead"}));
          break;
        }
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(SecretWrittenToFile);

}  // namespace dlint::rules
