#include "ir/shell_script.hpp"

namespace dlint::ir {

std::string_view SimpleCommand::program() const {
  if (argv.empty()) return {};
  std::string_view name = argv.front().value;
  auto slash = name.rfind('/');
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  return name;
}

std::vector<const ShellWord*> SimpleCommand::operands() const {
  std::vector<const ShellWord*> out;
  bool options_ended = false;
  for (std::size_t i = 1; i < argv.size(); ++i) {
    const std::string& v = argv[i].value;
    if (!options_ended && v == "--") {
      options_ended = true;
      continue;
    }
    if (!options_ended && v.size() > 1 && v[0] == '-') continue;
    out.push_back(&argv[i]);
  }
  return out;
}

static bool word_is_option(std::string_view word, std::string_view name) {
  if (name.size() == 1) {
    if (word.size() < 2 || word[0] != '-' || word[1] == '-') return false;
    return word.find(name[0], 1) != std::string_view::npos;
  }
  if (word.size() < 3 || word.substr(0, 2) != "--") return false;
  std::string_view body = word.substr(2);
  return body == name || (body.size() > name.size() && body.substr(0, name.size()) == name && body[name.size()] == '=');
}

const ShellWord* SimpleCommand::find_option(std::initializer_list<std::string_view> names) const {
  for (std::size_t i = 1; i < argv.size(); ++i) {
    if (argv[i].value == "--") break;
    for (std::string_view name : names) {
      if (word_is_option(argv[i].value, name)) return &argv[i];
    }
  }
  return nullptr;
}

bool SimpleCommand::has_option(std::initializer_list<std::string_view> names) const {
  return find_option(names) != nullptr;
}

bool SimpleCommand::has_word(std::string_view word) const {
  for (std::size_t i = 1; i < argv.size(); ++i) {
    if (argv[i].value == word) return true;
  }
  return false;
}

std::vector<const SimpleCommand*> ShellScript::find(std::string_view program) const {
  std::vector<const SimpleCommand*> out;
  for (const auto& c : commands) {
    if (c.program() == program) out.push_back(&c);
  }
  return out;
}

}  // namespace dlint::ir
