// SEC003: a script downloaded at build time and run straight away: `curl ... | sh`, `sh -c "$(curl ...)"`.
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/package_managers.hpp"
#include "knowledge/shells.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

using knowledge::ParsedArg;

// How an interpreter is told to run code given as text instead of a file or standard input.
struct Interpreter {
  std::string_view base;                         // program name, versions accepted ("python3.12")
  std::span<const std::string_view> with_value;  // options that take a value
  std::span<const std::string_view> code_flags;  // options whose argument (or first operand) is code
};

constexpr std::array<std::string_view, 2> kShellValues = {"o", "O"};
constexpr std::array<std::string_view, 1> kShellCode = {"c"};
constexpr std::array<std::string_view, 4> kPythonValues = {"m", "c", "W", "X"};
constexpr std::array<std::string_view, 2> kPythonCode = {"c", "m"};
constexpr std::array<std::string_view, 5> kPerlValues = {"e", "E", "M", "I", "m"};
constexpr std::array<std::string_view, 2> kPerlCode = {"e", "E"};
constexpr std::array<std::string_view, 3> kRubyValues = {"e", "I", "r"};
constexpr std::array<std::string_view, 1> kRubyCode = {"e"};
constexpr std::array<std::string_view, 6> kNodeValues = {"e", "eval", "p", "print", "r", "require"};
constexpr std::array<std::string_view, 4> kNodeCode = {"e", "eval", "p", "print"};
constexpr std::array<std::string_view, 3> kPhpValues = {"r", "d", "c"};
constexpr std::array<std::string_view, 1> kPhpCode = {"r"};

constexpr std::array<Interpreter, 5> kInterpreters = {{
    {"python", kPythonValues, kPythonCode},
    {"perl", kPerlValues, kPerlCode},
    {"ruby", kRubyValues, kRubyCode},
    {"node", kNodeValues, kNodeCode},
    {"php", kPhpValues, kPhpCode},
}};

std::optional<Interpreter> interpreter_for(std::string_view program) {
  if (knowledge::is_posix_shell(program)) return Interpreter{program, kShellValues, kShellCode};
  for (const auto& interpreter : kInterpreters) {
    if (knowledge::program_matches(program, interpreter.base)) return interpreter;
  }
  return std::nullopt;
}

// The interpreter a command runs (through sudo, env, ...): its argv index, or nullopt.
std::optional<std::size_t> interpreter_word(const ir::SimpleCommand& command) {
  std::size_t index = knowledge::effective_program_index(command);
  if (index >= command.argv.size()) return std::nullopt;
  if (!interpreter_for(knowledge::program_basename(command.argv[index].value))) return std::nullopt;
  return index;
}

// `sh`, `bash -s -- args`, `python3 -`, `sh /dev/stdin`: the program is read from standard input.
bool reads_program_from_stdin(const ir::SimpleCommand& command, std::size_t index) {
  auto interpreter = interpreter_for(knowledge::program_basename(command.argv[index].value));
  auto args = knowledge::parse_args(command, index + 1, knowledge::OptionSpec{interpreter->with_value});
  const bool shell = knowledge::is_posix_shell(interpreter->base);
  for (const auto& arg : args) {
    if (arg.kind == ParsedArg::Kind::Option) {
      if (knowledge::contains_name(interpreter->code_flags, arg.name)) return false;
      if (shell && arg.name == "s") return true;
      continue;
    }
    std::string_view operand = command.argv[arg.word].value;
    return operand == "-" || operand == "/dev/stdin";
  }
  // `bash -- ` with nothing after "--" also reads stdin; parse_args drops the "--" itself.
  return true;
}

// True when argv[word] of `command` is code the interpreter runs: the string after `sh -c`, the value
// of `python -c` / `perl -e`, any word of `eval`, or a `<(...)` file given to an interpreter or `source`.
bool runs_word_as_code(const ir::SimpleCommand& command, std::size_t word) {
  std::size_t index = knowledge::effective_program_index(command);
  if (index >= command.argv.size() || word <= index) return false;
  std::string_view program = knowledge::program_basename(command.argv[index].value);
  if (program == "eval") return true;
  const bool process_substitution = command.argv[word].raw.substr(0, 2) == "<(";
  if (program == "source" || program == ".") return process_substitution;
  auto interpreter = interpreter_for(program);
  if (!interpreter) return false;
  if (process_substitution) return true;
  auto args = knowledge::parse_args(command, index + 1, knowledge::OptionSpec{interpreter->with_value});
  bool code_flag_seen = false;
  for (const auto& arg : args) {
    if (arg.kind == ParsedArg::Kind::Option) {
      if (!knowledge::contains_name(interpreter->code_flags, arg.name)) continue;
      if (arg.value && arg.value_word == word) return true;
      code_flag_seen = true;
      continue;
    }
    // `sh -c 'code'`: the first operand after -c is the code.
    return code_flag_seen && arg.word == word;
  }
  return false;
}

constexpr std::array<std::string_view, 24> kCurlValues = {"o",
                                                          "output",
                                                          "H",
                                                          "header",
                                                          "d",
                                                          "data",
                                                          "u",
                                                          "user",
                                                          "X",
                                                          "request",
                                                          "A",
                                                          "user-agent",
                                                          "e",
                                                          "referer",
                                                          "x",
                                                          "proxy",
                                                          "m",
                                                          "max-time",
                                                          "connect-timeout",
                                                          "retry",
                                                          "w",
                                                          "write-out",
                                                          "K",
                                                          "config"};
constexpr std::array<std::string_view, 8> kWgetValues = {"O", "output-document", "o", "output-file",
                                                         "t", "tries",           "T", "timeout"};

// curl or wget writing what it downloads to standard output.
bool downloads_to_stdout(const ir::SimpleCommand& command) {
  std::size_t index = knowledge::effective_program_index(command);
  if (index >= command.argv.size()) return false;
  std::string_view program = knowledge::program_basename(command.argv[index].value);
  if (program == "curl") {
    auto args = knowledge::parse_args(command, index + 1, knowledge::OptionSpec{kCurlValues});
    const auto* output = knowledge::find_option(args, {"o", "output"});
    if (output) return output->value && *output->value == "-";
    return !knowledge::has_option(args, {"O", "remote-name", "remote-name-all"});
  }
  if (program == "wget") {
    auto args = knowledge::parse_args(command, index + 1, knowledge::OptionSpec{kWgetValues});
    const auto* output = knowledge::find_option(args, {"O", "output-document"});
    return output && output->value && *output->value == "-";
  }
  return false;
}

class CurlPipeToShell final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC003",
        .name = "curl-pipe-to-shell",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "a script downloaded with curl or wget is run without being checked (`curl ... | sh`)",
        .rationale =
            "Piping a download into a shell or interpreter runs whatever the server returns at build time, "
            "with the build's privileges: a compromised or hijacked host, a redirect or a truncated transfer "
            "all end up executed, and nothing in the Dockerfile records what actually ran. Download the "
            "script to a file, check it against a pinned checksum (`sha256sum -c`) or signature, then run it "
            "- or install the tool from a package or a release archive with a known digest. Covers "
            "`curl|wget ... | sh|bash|zsh|dash|ash|python|perl|ruby|node|php` (also through sudo, with `-s` "
            "or `-`), `sh -c \"$(curl ...)\"`, `eval \"$(curl ...)\"` and `bash <(curl ...)`.",
        .bad_example = "RUN curl -fsSL https://example.com/install.sh | sh\n",
        .good_example =
            "RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n"
            " && echo \"<sha256>  /tmp/install.sh\" | sha256sum -c - \\\n"
            " && sh /tmp/install.sh && rm /tmp/install.sh\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      const auto& commands = run.script.commands;
      for (const auto& command : commands) {
        if (const ir::ShellWord* word = piped_interpreter(commands, command)) {
          report(ctx, *word);
        } else if (const ir::ShellWord* code = interpreter_of_download(commands, command)) {
          report(ctx, *code);
        }
      }
    });
  }

 private:
  static void report(RuleContext& ctx, const ir::ShellWord& interpreter) {
    std::string message = "`";
    message.append(knowledge::program_basename(interpreter.value))
        .append(
            "` runs a script downloaded at build time without checking it; download it to a file and "
            "verify a checksum or signature first");
    ctx.report(interpreter.span, std::move(message));
  }

  // `curl ... | sh`: the interpreter word of `command` when it reads a download from the pipe.
  static const ir::ShellWord* piped_interpreter(const std::vector<ir::SimpleCommand>& commands,
                                                const ir::SimpleCommand& command) {
    if (command.pipeline_position == 0) return nullptr;
    auto index = interpreter_word(command);
    if (!index || !reads_program_from_stdin(command, *index)) return nullptr;
    for (const auto& upstream : commands) {
      if (upstream.pipeline == command.pipeline && upstream.depth == command.depth &&
          upstream.pipeline_position < command.pipeline_position && downloads_to_stdout(upstream)) {
        return &command.argv[*index];
      }
    }
    return nullptr;
  }

  // `sh -c "$(curl ...)"`: when `download` (inside a substitution) is code some other command runs, the
  // program word of that command.
  static const ir::ShellWord* interpreter_of_download(const std::vector<ir::SimpleCommand>& commands,
                                                      const ir::SimpleCommand& download) {
    if (!download.in_substitution || !downloads_to_stdout(download)) return nullptr;
    for (const auto& outer : commands) {
      if (&outer == &download) continue;
      for (std::size_t w = 1; w < outer.argv.size(); ++w) {
        if (!outer.argv[w].span.contains(download.span)) continue;
        if (runs_word_as_code(outer, w)) return &outer.argv[knowledge::effective_program_index(outer)];
      }
    }
    return nullptr;
  }
};

}  // namespace

DLINT_REGISTER_RULE(CurlPipeToShell);

}  // namespace dlint::rules
