#pragma once
// A shell script (RUN / CMD / ENTRYPOINT / HEALTHCHECK shell form, or a heredoc body) lowered to the
// simple commands it runs, in order, each with its argv and spans. Rules ask "which program, which
// flags, which operands" here instead of searching strings.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/derived_slot.hpp"
#include "source/span.hpp"

namespace dlint::ir {

struct ShellWord {
  std::string raw;    // as written, quotes included
  std::string value;  // quotes removed, escapes resolved; expansions kept as written ("$HOME")
  Span span;
  bool quoted = false;              // some part was quoted
  bool has_expansion = false;       // contains $VAR, ${...}, $(...), `...` or arithmetic outside single quotes
  bool unquoted_expansion = false;  // an expansion outside any quotes (subject to word splitting)
};

enum class Connector : std::uint8_t {
  None,        // first command of the script
  Sequence,    // ';' or newline
  And,         // '&&'
  Or,          // '||'
  Pipe,        // '|' (this command reads the previous one's output)
  Background,  // previous command ended with '&'
};

struct Redirection {
  std::string op;       // ">", ">>", "<", "2>&1", "<<", "<<-", ">|", "&>" ...
  ShellWord target;     // file, fd, or heredoc delimiter
  std::string heredoc;  // body, for "<<" and "<<-"
  Span span;
};

struct SimpleCommand {
  std::vector<ShellWord> assignments;  // leading NAME=value words
  std::vector<ShellWord> argv;         // program and arguments; may be empty (assignment-only)
  std::vector<Redirection> redirections;
  Span span;
  Connector connector = Connector::None;  // how this command joins the one before it
  std::uint32_t pipeline = 0;             // commands of one pipeline share this index
  std::uint32_t pipeline_position = 0;    // 0-based place within its pipeline
  std::uint32_t pipeline_length = 1;
  std::uint32_t depth = 0;       // nesting in subshells, groups, if/for/while/case bodies, $(...)
  bool in_condition = false;     // part of an if/while/until condition or left of && / ||
  bool in_substitution = false;  // inside $(...) or `...`
  // knowledge::effective_program_index, kept by its first call: dozens of rules ask it of every command,
  // and argv does not change once the command is lowered.
  mutable std::optional<std::size_t> effective_program_memo;
  // knowledge::match_package_manager's reading of this command, for the same reason.
  DerivedSlot package_manager_memo;

  // Program name without directory ("/usr/bin/apt-get" -> "apt-get"); empty when there is no argv.
  [[nodiscard]] std::string_view program() const;
  // Words after the program that do not start with '-' (a lone "-" counts as an operand).
  [[nodiscard]] std::vector<const ShellWord*> operands() const;
  // True when an option is present: long names are matched as "--name" or "--name=value"; one-letter
  // names also match inside bundled short options ("-qy" has "y"). Names are given without dashes.
  [[nodiscard]] bool has_option(std::initializer_list<std::string_view> names) const;
  // The first argv word matching an option, for precise positions.
  [[nodiscard]] const ShellWord* find_option(std::initializer_list<std::string_view> names) const;
  // True when argv[1..] contains `word` exactly (after quote removal).
  [[nodiscard]] bool has_word(std::string_view word) const;
};

struct ShellError {
  std::string message;
  Span span;
};

struct ShellScript {
  std::vector<SimpleCommand> commands;
  std::vector<ShellError> errors;  // the script could not be fully parsed; commands holds what was read
  bool truncated = false;          // a nesting or size bound stopped the parse

  // Commands running `program` (by name, e.g. "apt-get").
  [[nodiscard]] std::vector<const SimpleCommand*> find(std::string_view program) const;
};

}  // namespace dlint::ir
