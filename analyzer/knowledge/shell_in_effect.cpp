#include "knowledge/shell_in_effect.hpp"

#include <algorithm>

#include "knowledge/stage_chain.hpp"

namespace dlint::knowledge {

static std::string_view basename_any(std::string_view word) {
  // SHELL may name a Windows path ("C:\\Program Files\\PowerShell\\pwsh.exe").
  auto sep = word.find_last_of("/\\");
  if (sep != std::string_view::npos) word.remove_prefix(sep + 1);
  return word;
}

std::size_t ShellInEffect::program_index() const {
  if (argv.size() > 1 && basename_any(argv[0]) == "env") {
    for (std::size_t i = 1; i < argv.size(); ++i) {
      if (!argv[i].empty() && argv[i][0] != '-' && argv[i].find('=') == std::string_view::npos) return i;
    }
  }
  return 0;
}

std::string_view ShellInEffect::program() const {
  return argv.empty() ? std::string_view() : basename_any(argv[program_index()]);
}

bool ShellInEffect::sets_option(std::string_view long_name) const {
  for (std::size_t i = program_index() + 1; i + 1 < argv.size(); ++i) {
    std::string_view word = argv[i];
    bool o_flag = word.size() >= 2 && word[0] == '-' && word[1] != '-' && word.find('o') != std::string_view::npos;
    if (o_flag && argv[i + 1] == long_name) return true;
  }
  return false;
}

bool ShellInEffect::sets_flag(char letter, std::string_view long_name) const {
  for (std::size_t i = program_index() + 1; i < argv.size(); ++i) {
    std::string_view word = argv[i];
    if (word == "-c") break;  // what follows is the command
    if (word.size() >= 2 && word[0] == '-' && word[1] != '-') {
      // Letters before an 'o' are flags; the 'o' itself takes the next word.
      std::string_view letters = word.substr(1);
      if (auto o = letters.find('o'); o != std::string_view::npos) letters = letters.substr(0, o);
      if (letters.find(letter) != std::string_view::npos) return true;
    }
  }
  return sets_option(long_name);
}

ShellInEffect shebang_shell(std::vector<std::string_view> argv) {
  ShellInEffect shell;
  shell.argv = std::move(argv);
  shell.from_shebang = true;
  return shell;
}

ShellInEffect shell_of(const ir::Op& shell_instruction, std::size_t stage) {
  ShellInEffect shell;
  shell.instruction = &shell_instruction;
  shell.stage = stage;
  shell.argv.clear();
  if (const auto* detail = shell_instruction.as<ir::ShellOp>()) {
    for (const auto& word : detail->argv) shell.argv.emplace_back(word.value);
  }
  return shell;
}

bool is_windows_image(const ir::ImageRef& image) {
  std::string_view repository = image.repository;
  for (std::string_view marker : {"windows", "nanoserver", "servercore"}) {
    if (repository.find(marker) != std::string_view::npos) return true;
  }
  return false;
}

std::optional<std::string_view> pragma_shell(const ir::BuildDefinition& build) {
  for (const auto& comment : build.comments) {
    std::string_view s = comment.text;
    s.remove_prefix(std::min(s.size(), s.find_first_not_of(" \t")));
    if (s.substr(0, 8) != "hadolint") continue;
    s.remove_prefix(8);
    s.remove_prefix(std::min(s.size(), s.find_first_not_of(" \t")));
    if (s.substr(0, 6) != "shell=") continue;
    s.remove_prefix(6);
    s = s.substr(0, s.find_first_of(" \t"));
    if (!s.empty()) return s;
  }
  return std::nullopt;
}

static ShellInEffect find_default_shell(const ir::BuildDefinition& build, std::size_t stage) {
  ShellInEffect shell;
  if (auto pragma = pragma_shell(build)) {
    std::string_view name = basename_any(*pragma);
    if (name == "cmd" || name == "cmd.exe") {
      shell.argv = {*pragma, "/S", "/C"};
    } else if (name == "powershell" || name == "pwsh" || name == "powershell.exe" || name == "pwsh.exe") {
      shell.argv = {*pragma, "-Command"};
    } else {
      shell.argv = {*pragma, "-c"};
    }
    return shell;
  }
  if (build.escape == '`' || (stage < build.stages.size() && is_windows_image(external_base(build, stage)))) {
    shell.argv = {"cmd", "/S", "/C"};
  }
  return shell;
}

ShellInEffect default_shell(const ir::BuildDefinition& build, std::size_t stage) {
  if (stage >= build.stages.size()) return find_default_shell(build, stage);
  return build.stages[stage].default_shell_memo.get<ShellInEffect>([&] { return find_default_shell(build, stage); });
}

ShellInEffect shell_in_effect(const ir::BuildDefinition& build, std::size_t stage, const ir::Op* op) {
  for (std::size_t current : stage_ancestry(build, stage)) {
    const ir::Op* last_shell = nullptr;
    for (const auto& candidate : build.stages[current].ops) {
      // In the asked-for stage stop at `op`; in the stages it inherits from, every SHELL counts.
      if (current == stage && &candidate == op) break;
      if (candidate.kind == ir::OpKind::Shell) last_shell = &candidate;
    }
    if (last_shell) return shell_of(*last_shell, current);
  }
  return default_shell(build, stage);
}

}  // namespace dlint::knowledge
