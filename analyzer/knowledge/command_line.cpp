#include "knowledge/command_line.hpp"

#include <algorithm>
#include <array>

namespace dlint::knowledge {

std::string_view program_basename(std::string_view word) {
  auto slash = word.rfind('/');
  if (slash != std::string_view::npos) word.remove_prefix(slash + 1);
  return word;
}

static bool contains(std::span<const std::string_view> names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

namespace {

// A program that runs its operand as a command.
struct Wrapper {
  std::string_view name;
  std::span<const std::string_view> with_value = {};
  unsigned operands_before_program = 0;                // `timeout 10 cmd`, `gosu user cmd`
  bool skips_assignments = false;                      // `env A=1 B=2 cmd`
  std::span<const std::string_view> lookup_only = {};  // `command -v x` looks x up and runs nothing
};

constexpr std::array<std::string_view, 20> kSudoValues = {
    "u",    "g",     "C",          "D",     "h",    "p",      "r",    "t",    "U",          "T",
    "user", "group", "close-from", "chdir", "host", "prompt", "role", "type", "other-user", "command-timeout"};
constexpr std::array<std::string_view, 2> kDoasValues = {"u", "C"};
constexpr std::array<std::string_view, 8> kEnvValues = {"u", "unset", "C", "chdir", "S", "split-string", "a", "argv0"};
constexpr std::array<std::string_view, 2> kNiceValues = {"n", "adjustment"};
constexpr std::array<std::string_view, 6> kIoniceValues = {"c", "class", "n", "classdata", "p", "pid"};
constexpr std::array<std::string_view, 4> kTimeValues = {"f", "format", "o", "output"};
constexpr std::array<std::string_view, 1> kExecValues = {"a"};
constexpr std::array<std::string_view, 14> kXargsValues = {"a",         "arg-file", "d",         "delimiter",       "E",
                                                           "I",         "L",        "n",         "max-args",        "P",
                                                           "max-procs", "s",        "max-chars", "process-slot-var"};
constexpr std::array<std::string_view, 4> kTimeoutValues = {"s", "signal", "k", "kill-after"};
constexpr std::array<std::string_view, 6> kStdbufValues = {"i", "o", "e", "input", "output", "error"};
constexpr std::array<std::string_view, 3> kChrootValues = {"userspec", "groups", "skip-chdir"};
constexpr std::array<std::string_view, 2> kCommandLookup = {"v", "V"};

constexpr std::array<Wrapper, 17> kWrappers = {{
    {"sudo", kSudoValues},
    {"doas", kDoasValues},
    {"env", kEnvValues, 0, true},
    {"nice", kNiceValues},
    {"ionice", kIoniceValues},
    {"nohup", {}},
    {"time", kTimeValues},
    {"eatmydata", {}},
    {"fakeroot", {}},
    {"command", {}, 0, false, kCommandLookup},
    {"exec", kExecValues},
    {"xargs", kXargsValues},
    {"timeout", kTimeoutValues, 1},
    {"stdbuf", kStdbufValues},
    {"gosu", {}, 1},
    {"su-exec", {}, 1},
    {"chroot", kChrootValues, 1},
}};

const Wrapper* find_wrapper(std::string_view program) {
  for (const auto& w : kWrappers) {
    if (w.name == program) return &w;
  }
  return nullptr;
}

}  // namespace

bool is_command_wrapper(std::string_view program) {
  return find_wrapper(program) != nullptr;
}

std::vector<std::size_t> program_chain(const ir::SimpleCommand& command) {
  std::vector<std::size_t> chain;
  const auto& argv = command.argv;
  std::size_t index = 0;
  while (index < argv.size()) {
    chain.push_back(index);
    const Wrapper* wrapper = find_wrapper(program_basename(argv[index].value));
    if (!wrapper) break;
    auto args = parse_args(command, index + 1, OptionSpec{wrapper->with_value});
    std::size_t next = argv.size();
    unsigned to_skip = wrapper->operands_before_program;
    bool lookup_only = false;
    for (const auto& arg : args) {
      if (arg.kind == ParsedArg::Kind::Option) {
        if (contains(wrapper->lookup_only, arg.name)) lookup_only = true;
        continue;
      }
      const std::string_view value = argv[arg.word].value;
      if (wrapper->skips_assignments && value.find('=') != std::string_view::npos) continue;
      if (to_skip > 0) {
        --to_skip;
        continue;
      }
      next = arg.word;
      break;
    }
    if (lookup_only) break;
    index = next;
  }
  return chain;
}

std::size_t effective_program_index(const ir::SimpleCommand& command) {
  if (command.effective_program_memo) return *command.effective_program_memo;
  auto chain = program_chain(command);
  std::size_t index = command.argv.size();
  if (!chain.empty() && !is_command_wrapper(program_basename(command.argv[chain.back()].value))) index = chain.back();
  command.effective_program_memo = index;
  return index;
}

std::vector<ParsedArg> parse_args(const ir::SimpleCommand& command, std::size_t first, const OptionSpec& spec) {
  std::vector<ParsedArg> out;
  const auto& argv = command.argv;
  bool options_ended = false;
  for (std::size_t i = first; i < argv.size(); ++i) {
    std::string_view word = argv[i].value;
    if (options_ended || word.size() < 2 || word[0] != '-') {
      out.push_back(ParsedArg{ParsedArg::Kind::Operand, {}, std::nullopt, i, i});
      continue;
    }
    if (word == "--") {
      options_ended = true;
      continue;
    }
    const bool long_form = word[1] == '-' || spec.single_dash_long;
    if (long_form) {
      std::string_view body = word.substr(word[1] == '-' ? 2 : 1);
      ParsedArg arg{ParsedArg::Kind::Option, body, std::nullopt, i, i};
      if (auto eq = body.find('='); eq != std::string_view::npos) {
        arg.name = body.substr(0, eq);
        arg.value = body.substr(eq + 1);
      } else if (contains(spec.with_value, body) && i + 1 < argv.size()) {
        arg.value = argv[i + 1].value;
        arg.value_word = ++i;
      }
      out.push_back(arg);
      continue;
    }
    // A bundle of short options: "-qy", "-oFoo=1", "-q=2", "-t" "value".
    for (std::size_t j = 1; j < word.size(); ++j) {
      ParsedArg arg{ParsedArg::Kind::Option, word.substr(j, 1), std::nullopt, i, i};
      if (j + 1 < word.size() && word[j + 1] == '=') {
        arg.value = word.substr(j + 2);
        out.push_back(arg);
        break;
      }
      if (contains(spec.with_value, arg.name)) {
        if (j + 1 < word.size()) {
          arg.value = word.substr(j + 1);
        } else if (i + 1 < argv.size()) {
          arg.value = argv[i + 1].value;
          arg.value_word = i + 1;
        }
        out.push_back(arg);
        if (arg.value_word != i) ++i;
        break;
      }
      out.push_back(arg);
    }
  }
  return out;
}

const ParsedArg* find_option(std::span<const ParsedArg> args, std::initializer_list<std::string_view> names) {
  for (const auto& arg : args) {
    if (arg.kind != ParsedArg::Kind::Option) continue;
    for (std::string_view name : names) {
      if (arg.name == name) return &arg;
    }
  }
  return nullptr;
}

std::size_t count_option(std::span<const ParsedArg> args, std::string_view letter) {
  return static_cast<std::size_t>(std::count_if(args.begin(), args.end(), [&](const ParsedArg& a) {
    return a.kind == ParsedArg::Kind::Option && a.name == letter;
  }));
}

}  // namespace dlint::knowledge
