#include "rules/support/run_instructions.hpp"

#include <algorithm>

namespace dlint::rules {

static std::string_view without_trailing_slashes(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  return path;
}

bool RunInstruction::mounts_cache_over(std::span<const std::string_view> dirs) const {
  for (const auto& mount : run.mounts) {
    if (mount.type != ir::Mount::Type::Cache && mount.type != ir::Mount::Type::Tmpfs) continue;
    std::optional<std::string_view> target = mount.option("target");
    if (!target) target = mount.option("dst");
    if (!target) target = mount.option("destination");
    if (!target) continue;
    std::string_view mounted = without_trailing_slashes(*target);
    for (std::string_view dir : dirs) {
      if (dir == mounted) return true;
      if (dir.size() > mounted.size() && dir.substr(0, mounted.size()) == mounted && dir[mounted.size()] == '/')
        return true;
    }
  }
  return false;
}

static bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static std::string_view trim(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

bool heredoc_is_script(const ir::Op& op) {
  const auto* run = op.as<ir::RunOp>();
  if (!run) return false;
  const auto& command = run->command;
  if (command.form != ir::Command::Form::Shell || command.heredocs.size() != 1 || op.args.size() != 1) return false;
  // The command must be the marker alone (`<<EOF`, `<<-"EOF"`), nothing else on the line.
  std::string_view line = trim(op.args.front().value);
  return line.substr(0, 2) == "<<" && std::none_of(line.begin(), line.end(), is_blank);
}

std::vector<std::string_view> heredoc_shebang(const ir::Op& op) {
  std::vector<std::string_view> argv;
  if (!heredoc_is_script(op)) return argv;
  std::string_view body = op.as<ir::RunOp>()->command.heredocs.front().body;
  if (body.substr(0, 2) != "#!") return argv;
  std::string_view first_line =
      body.substr(2, body.find('\n') == std::string_view::npos ? std::string_view::npos : body.find('\n') - 2);
  while (!(first_line = trim(first_line)).empty()) {
    std::size_t end = 0;
    while (end < first_line.size() && !is_blank(first_line[end])) ++end;
    argv.push_back(first_line.substr(0, end));
    first_line.remove_prefix(end);
  }
  return argv;
}

namespace detail {

void ShellTracker::enter_stage(const ir::Stage& stage) {
  current_ = Set{};
  stage_ = stage.index;
  if (stage.base_stage && *stage.base_stage < stage.index) current_ = final_[*stage.base_stage];
  default_ = knowledge::default_shell(build_, stage.index);
}

void ShellTracker::see(const ir::Op& op) {
  if (op.kind == ir::OpKind::Shell) current_ = Set{&op, stage_};
}

knowledge::ShellInEffect ShellTracker::shell_for(const ir::Op& run) const {
  auto shebang = heredoc_shebang(run);
  if (!shebang.empty()) return knowledge::shebang_shell(std::move(shebang));
  if (current_.instruction) return knowledge::shell_of(*current_.instruction, current_.stage);
  return default_;
}

}  // namespace detail

std::optional<std::uint32_t> and_chain_end(const RunInstruction& run) {
  if (run.exec_form() || !run.run.command.heredocs.empty()) return std::nullopt;
  const ir::SimpleCommand* last = nullptr;
  for (const auto& command : run.script.commands) {
    if (command.in_substitution) continue;
    if (command.depth != 0) return std::nullopt;
    if (last && command.connector != ir::Connector::And && command.connector != ir::Connector::Pipe) {
      return std::nullopt;
    }
    last = &command;
  }
  if (!last || !run.script.errors.empty()) return std::nullopt;
  return last->span.end;
}

ir::ShellScript script_from_exec(const ir::Command& command) {
  ir::ShellScript script;
  if (command.exec_args.empty()) return script;
  ir::SimpleCommand simple;
  for (const auto& arg : command.exec_args) {
    ir::ShellWord word;
    word.raw = arg.value;
    word.value = arg.value;
    word.span = arg.span;
    word.quoted = true;
    simple.argv.push_back(std::move(word));
  }
  simple.span = command.span;
  script.commands.push_back(std::move(simple));
  return script;
}

}  // namespace dlint::rules
