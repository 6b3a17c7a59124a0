#pragma once
// Reading a command's argv the way the program itself would: which word is the real program once
// wrappers such as `sudo` or `env` are peeled off, and which words are options (with their values)
// versus operands. Package-manager and shell rules build on this instead of matching strings.
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ir/shell_script.hpp"

namespace dlint::knowledge {

// The last path component of a program word: "/usr/bin/apt-get" -> "apt-get".
std::string_view program_basename(std::string_view word);

// The argv indices of each program in a wrapper chain, outermost first: for `sudo -E env X=1 pip install`
// that is {0 (sudo), 2 (env), 4 (pip)}. Wrappers are programs that run their operand as a command
// (sudo, env, nice, eatmydata, xargs, timeout, gosu, ...). The last element is the program that does the
// work, unless the chain ends in a wrapper with nothing to run (a bare `sudo`, `command -v x`).
std::vector<std::size_t> program_chain(const ir::SimpleCommand& command);

// Index into argv of the program that does the work, looking through wrappers; argv.size() when there is
// none (no argv, a bare wrapper, or `command -v`, which only looks a program up).
std::size_t effective_program_index(const ir::SimpleCommand& command);

// True for programs that run their operands as a command (the links of a program_chain).
bool is_command_wrapper(std::string_view program);

// How a program reads its options: the ones that take a value (as a separate word unless attached
// as "--name=value" / "-nVALUE"), by name without dashes.
struct OptionSpec {
  std::span<const std::string_view> with_value;
  bool single_dash_long = false;  // Go-style "-tags" is one option named "tags", not t, a, g, s
};

struct ParsedArg {
  enum class Kind : unsigned char { Option, Operand };
  Kind kind = Kind::Operand;
  std::string_view name;                  // option name without dashes ("y", "yes"); empty for operands
  std::optional<std::string_view> value;  // option value, attached or from the next word
  std::size_t word = 0;                   // argv index of the option or operand
  std::size_t value_word = 0;             // argv index holding the value (== word when attached)
};

// Parses argv[first..] getopt-style: bundled short options ("-qy"), "--long=value", a value in the next
// word for options listed in `spec`, "--" ending the options. A word with an expansion ("$FLAGS")
// counts as an operand. Every short letter of a bundle is its own ParsedArg.
std::vector<ParsedArg> parse_args(const ir::SimpleCommand& command, std::size_t first, const OptionSpec& spec);

// The first parsed option matching one of `names` (one letter: short option; longer: long option).
const ParsedArg* find_option(std::span<const ParsedArg> args, std::initializer_list<std::string_view> names);
inline bool has_option(std::span<const ParsedArg> args, std::initializer_list<std::string_view> names) {
  return find_option(args, names) != nullptr;
}
// How often a short option letter occurs, bundles included ("-qq -q" has q three times).
std::size_t count_option(std::span<const ParsedArg> args, std::string_view letter);

}  // namespace dlint::knowledge
