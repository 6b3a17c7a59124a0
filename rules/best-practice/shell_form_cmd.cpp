// BP007: CMD or ENTRYPOINT in shell form, so /bin/sh -c becomes PID 1 and swallows signals.
#include <array>
#include <vector>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

bool plain_word(std::string_view word) {
  for (char c : word) {
    unsigned char u = static_cast<unsigned char>(c);
    bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
    if (!ok && std::string_view("-_./:=,@%+^").find(c) == std::string_view::npos) return false;
  }
  return !word.empty();
}

// Words that only mean something to the shell, so exec form cannot run them.
bool shell_only(std::string_view program) {
  static constexpr std::array<std::string_view, 21> words = {
      "exec",  "cd", "export", "set",   "source", ".",    "eval",     "ulimit", "umask", "trap", "unset",
      "alias", "if", "for",    "while", "until",  "case", "readonly", "shift",  "wait",  "{"};
  for (auto word : words) {
    if (program == word) return true;
  }
  return false;
}

// The words of a shell-form command when they are plain words that mean the same in exec form (no quotes,
// variables, operators, globs or assignments); empty otherwise.
std::vector<std::string_view> plain_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t at = 0;
  while (at < text.size()) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) ++at;
    std::size_t stop = at;
    while (stop < text.size() && text[stop] != ' ' && text[stop] != '\t' && text[stop] != '\n' && text[stop] != '\r') {
      ++stop;
    }
    if (stop > at) {
      std::string_view word = text.substr(at, stop - at);
      if (!plain_word(word)) return {};
      words.push_back(word);
    }
    at = stop;
  }
  if (words.empty() || shell_only(words.front()) || words.front().find('=') != std::string_view::npos) return {};
  return words;
}

class ShellFormCmd final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP007",
        .name = "shell-form-cmd",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "CMD or ENTRYPOINT in shell form",
        .rationale =
            "In shell form (`CMD node server.js`) Docker runs `/bin/sh -c \"node server.js\"`: the shell is "
            "PID 1, so the SIGTERM of `docker stop` goes to the shell, not to the application, which is killed "
            "ten seconds later without a chance to shut down cleanly. A shell-form ENTRYPOINT also ignores CMD "
            "and `docker run` arguments. The exec (JSON) form `CMD [\"node\", \"server.js\"]` runs the program "
            "directly. When shell features are really needed, write `CMD [\"sh\", \"-c\", \"exec ...\"]` to make "
            "that explicit. As in BuildKit, a stage where SHELL was set (in it or a stage it is built FROM) is "
            "not reported, and neither is ONBUILD. The fix rewrites plain words (no quotes, variables, "
            "operators or globs) into exec form; it is marked unsafe for ENTRYPOINT, which then starts taking "
            "CMD as arguments.",
        .bad_example = "FROM node:20-alpine\nCMD node server.js\n",
        .good_example = "FROM node:20-alpine\nCMD [\"node\", \"server.js\"]\n",
        .fixable = true,
        .aliases = {"DL3025", "JSONArgsRecommended"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& stages = ctx.build->stages;
    std::vector<bool> shell_set(stages.size(), false);
    for (const auto& stage : stages) {
      bool shell = stage.base_stage && *stage.base_stage < stage.index && shell_set[*stage.base_stage];
      for (const auto& op : stage.ops) {
        if (op.kind == ir::OpKind::Shell) shell = true;
        if (shell || (op.kind != ir::OpKind::Cmd && op.kind != ir::OpKind::Entrypoint)) continue;
        const ir::Command* command = op.command();
        if (!command || command->form != ir::Command::Form::Shell || command->shell_text.value.empty()) continue;
        report(ctx, op, *command);
      }
      shell_set[stage.index] = shell;
    }
  }

 private:
  static void report(RuleContext& ctx, const ir::Op& op, const ir::Command& command) {
    const bool entrypoint = op.kind == ir::OpKind::Entrypoint;
    std::optional<Fix> fix;
    if (command.heredocs.empty() && !command.looks_like_json) {
      auto words = plain_words(command.shell_text.value);
      if (!words.empty()) {
        std::string json = "[";
        for (std::size_t i = 0; i < words.size(); ++i) json.append(i ? ", \"" : "\"").append(words[i]).append("\"");
        json.append("]");
        fix = Fix{"rewrite in exec form", {TextEdit{command.span.begin, command.span.end, json}}, !entrypoint};
      }
    }
    std::string_view name = entrypoint ? "ENTRYPOINT" : "CMD";
    if (command.looks_like_json) {
      ctx.report(command.span, concat({name,
                                       " starts like the exec form but is not a valid JSON array of strings, "
                                       "so it runs in shell form under /bin/sh -c; fix the JSON"}));
      return;
    }
    ctx.report(command.span,
               concat({name,
                       " in shell form runs under /bin/sh -c, which does not pass signals on to the "
                       "program; use the exec form [\"program\", \"arg\"]"}),
               std::move(fix));
  }
};

}  // namespace

DLINT_REGISTER_RULE(ShellFormCmd);

}  // namespace dlint::rules
