#include "knowledge/package_manager_call.hpp"
#include "support/ascii_case.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace dlint::knowledge {

const ir::ShellWord* PackageManagerCall::subcommand_word() const {
  return subcommand ? &word(args[*subcommand].word) : nullptr;
}

std::string_view PackageManagerCall::subcommand_name() const {
  const ir::ShellWord* w = subcommand_word();
  return w ? std::string_view(w->value) : std::string_view();
}

bool PackageManagerCall::subcommand_in(std::span<const std::string_view> names) const {
  return subcommand && contains_name(names, subcommand_name());
}

bool PackageManagerCall::has_option_in(std::span<const std::string_view> names) const {
  return std::any_of(args.begin(), args.end(), [&](const ParsedArg& a) {
    return a.kind == ParsedArg::Kind::Option && contains_name(names, a.name);
  });
}

std::vector<const ir::ShellWord*> PackageManagerCall::operands() const {
  std::vector<const ir::ShellWord*> out;
  if (!subcommand) return out;
  for (std::size_t i = *subcommand + 1; i < args.size(); ++i) {
    if (args[i].kind == ParsedArg::Kind::Operand) out.push_back(&word(args[i].word));
  }
  return out;
}

// Options of the python interpreter that take a value; `-m pip` is the one that matters here.
constexpr std::array<std::string_view, 4> kPythonValues = {"m", "c", "W", "X"};

// For `python -m pip ...`: the argv index of the "pip" word, or nullopt.
static std::optional<std::size_t> python_module_pip(const ir::SimpleCommand& command, std::size_t python_word) {
  auto args = parse_args(command, python_word + 1, OptionSpec{kPythonValues});
  for (const auto& arg : args) {
    if (arg.kind == ParsedArg::Kind::Operand) return std::nullopt;  // a script: later words are its own
    if (arg.name == "c") return std::nullopt;
    if (arg.name == "m") {
      if (arg.value && program_matches(*arg.value, "pip")) return arg.value_word;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

static std::optional<PackageManagerCall> read_package_manager_call(const ir::SimpleCommand& command) {
  const std::size_t index = effective_program_index(command);
  if (index >= command.argv.size()) return std::nullopt;
  const std::string_view program = program_basename(command.argv[index].value);
  PackageManagerCall call;
  call.command = &command;
  call.program_word = index;
  if (program_matches(program, "python")) {
    auto pip_word = python_module_pip(command, index);
    if (!pip_word) return std::nullopt;
    call.manager = package_manager_named("pip");
    call.program_word = *pip_word;
  } else {
    call.manager = find_package_manager(program);
    if (!call.manager) return std::nullopt;
  }
  call.args = parse_args(command, call.program_word + 1, call.manager->options);
  for (std::size_t i = 0; i < call.args.size(); ++i) {
    if (call.args[i].kind != ParsedArg::Kind::Operand) continue;
    if (!call.subcommand || contains_name(call.manager->scope_words, call.subcommand_name())) {
      call.subcommand = i;
      if (!contains_name(call.manager->scope_words, call.subcommand_name())) break;
    }
  }
  return call;
}

const std::optional<PackageManagerCall>& match_package_manager(const ir::SimpleCommand& command) {
  return command.package_manager_memo.get<std::optional<PackageManagerCall>>(
      [&] { return read_package_manager_call(command); });
}

std::optional<bool> apt_boolean(std::string_view value) {
  for (std::string_view yes : {"true", "yes", "on", "with", "enable"}) {
    if (iequals(value, yes)) return true;
  }
  for (std::string_view no : {"false", "no", "off", "without", "disable"}) {
    if (iequals(value, no)) return false;
  }
  int number = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (ec == std::errc() && end == value.data() + value.size()) return number != 0;
  return std::nullopt;
}

std::optional<std::string_view> apt_config_option(const PackageManagerCall& call, std::string_view name) {
  std::optional<std::string_view> found;
  for (const auto& arg : call.args) {
    if (arg.kind != ParsedArg::Kind::Option || (arg.name != "o" && arg.name != "option") || !arg.value) continue;
    std::string_view setting = *arg.value;
    auto eq = setting.find('=');
    if (eq == std::string_view::npos) continue;
    if (iequals(setting.substr(0, eq), name)) found = setting.substr(eq + 1);
  }
  return found;
}

// apt's quiet level from -q (repeatable), -q=N, --quiet[=N] and -o quiet=N.
static int apt_quiet_level(const PackageManagerCall& call) {
  int level = 0;
  for (const auto& arg : call.args) {
    if (arg.kind != ParsedArg::Kind::Option || (arg.name != "q" && arg.name != "quiet")) continue;
    if (!arg.value) {
      ++level;
      continue;
    }
    int n = 0;
    auto [end, ec] = std::from_chars(arg.value->data(), arg.value->data() + arg.value->size(), n);
    if (ec == std::errc() && end == arg.value->data() + arg.value->size()) level = std::max(level, n);
  }
  if (auto configured = apt_config_option(call, "quiet")) {
    int n = 0;
    auto [end, ec] = std::from_chars(configured->data(), configured->data() + configured->size(), n);
    if (ec == std::errc()) level = std::max(level, n);
  }
  return level;
}

bool assumes_yes(const PackageManagerCall& call) {
  if (call.has_option_in(call.manager->yes_flags)) return true;
  if (call.manager->ecosystem == Ecosystem::Debian) {
    if (apt_quiet_level(call) >= 2) return true;
    if (auto v = apt_config_option(call, "APT::Get::Assume-Yes")) return apt_boolean(*v).value_or(false);
  }
  return false;
}

}  // namespace dlint::knowledge
