#include "rules/support/apt_settings.hpp"

#include <algorithm>
#include <cctype>

#include "knowledge/package_manager_call.hpp"
#include "knowledge/stage_chain.hpp"

namespace dlint::rules {

static std::size_t ifind(std::string_view text, std::string_view needle, std::size_t from = 0) {
  if (needle.empty() || text.size() < needle.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= text.size(); ++i) {
    bool match = true;
    for (std::size_t j = 0; j < needle.size() && match; ++j) {
      match =
          std::tolower(static_cast<unsigned char>(text[i + j])) == std::tolower(static_cast<unsigned char>(needle[j]));
    }
    if (match) return i;
  }
  return std::string_view::npos;
}

// Finds `Name "value";` (apt.conf syntax) or `Name=value` in a piece of text and compares the value.
static bool text_sets(std::string_view text, std::string_view name, bool value) {
  for (std::size_t at = ifind(text, name); at != std::string_view::npos; at = ifind(text, name, at + 1)) {
    std::size_t i = at + name.size();
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '=' || text[i] == '"' ||
                               text[i] == '\'' || text[i] == '\\')) {
      ++i;
    }
    std::size_t end = i;
    while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
    if (auto parsed = knowledge::apt_boolean(text.substr(i, end - i)); parsed && *parsed == value) return true;
  }
  return false;
}

static bool command_sets(const ir::SimpleCommand& command, std::string_view name, bool value) {
  for (const auto& word : command.argv) {
    if (text_sets(word.value, name, value)) return true;
  }
  for (const auto& redirection : command.redirections) {
    if (!redirection.heredoc.empty() && text_sets(redirection.heredoc, name, value)) return true;
  }
  return false;
}

static bool op_sets(const ir::Op& op, std::string_view name, bool value) {
  if (const auto* run = op.as<ir::RunOp>()) {
    if (run->command.form == ir::Command::Form::Shell) {
      for (const auto& command : run->command.script.commands) {
        if (command_sets(command, name, value)) return true;
      }
    }
    return false;
  }
  if (const auto* copy = op.as<ir::CopyOp>()) {
    return std::any_of(copy->heredocs.begin(), copy->heredocs.end(),
                       [&](const ir::Heredoc& h) { return text_sets(h.body, name, value); });
  }
  return false;
}

bool apt_configured(const ir::BuildDefinition& build, const RunInstruction& run, const ir::SimpleCommand& command,
                    std::string_view name, bool value) {
  for (const auto& earlier : run.script.commands) {
    if (&earlier == &command) break;
    if (command_sets(earlier, name, value)) return true;
  }
  for (std::size_t stage : knowledge::stage_ancestry(build, run.stage)) {
    for (const auto& op : build.stages[stage].ops) {
      if (stage == run.stage && &op == &run.stage_op) break;
      if (op_sets(op, name, value)) return true;
    }
  }
  return false;
}

}  // namespace dlint::rules
