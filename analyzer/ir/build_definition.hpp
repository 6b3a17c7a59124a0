#pragma once
// An image build as a sequence of stages and their operations. A Dockerfile lowers to one; so will a
// Luakit build script. Every node keeps its span; syntax-level rules can read the raw spellings kept here.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ir/derived_slot.hpp"
#include "ir/image_ref.hpp"
#include "ir/shell_script.hpp"
#include "source/span.hpp"
#include "source/text_map.hpp"

namespace dlint::ir {

// A token as written in the source (variables not substituted), e.g. an argument or a flag value.
struct Text {
  std::string value;
  Span span;
};

// "--name" or "--name=value" on an instruction.
struct Flag {
  std::string name;  // without the leading dashes, lower-case as written
  std::optional<Text> value;
  Span span;  // the whole flag
};

// One `--mount=...` of RUN, split into its comma-separated fields.
struct Mount {
  enum class Type : std::uint8_t { Bind, Cache, Tmpfs, Secret, Ssh, Unknown };
  Type type = Type::Bind;  // Docker's default when `type=` is absent
  std::string type_name;
  std::vector<std::pair<std::string, std::string>> options;  // key -> value, in order
  Span span;
  [[nodiscard]] std::optional<std::string_view> option(std::string_view key) const;
};

struct Heredoc {
  std::string delimiter;    // without quotes
  bool quoted = false;      // <<"EOF" / <<'EOF': no expansion in the body
  bool strip_tabs = false;  // <<-EOF
  std::string body;         // text between the opening line and the delimiter line (tabs stripped for <<-)
  Span span;                // the `<<EOF` marker
  Span body_span;           // the body lines in the file
};

// The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD.
struct Command {
  enum class Form : std::uint8_t { Shell, Exec };
  Form form = Form::Shell;
  std::vector<Text> exec_args;  // exec (JSON) form
  Text shell_text;              // shell form: the command with line continuations and comment lines removed
  // Shell form: the text exactly as /bin/sh receives it (continuations and in-continuation comment lines
  // removed; with heredocs, each body and its delimiter follow on the next lines as in a shell script;
  // a command that is only `<<EOF` runs the body itself), mapped back to file offsets. Empty for exec
  // form and for a heredoc with a non-shell `#!` interpreter.
  MappedText source;
  ShellScript script;  // shell form parsed (heredoc bodies included, in order of their markers)
  std::vector<Heredoc> heredocs;
  bool looks_like_json = false;  // started with '[' but was not a valid JSON string array (shell form)
  Span span;                     // the command part, after the flags
};

enum class OpKind : std::uint8_t {
  Run,
  Copy,
  Add,
  Env,
  Arg,
  Label,
  Workdir,
  User,
  Expose,
  Volume,
  Healthcheck,
  Cmd,
  Entrypoint,
  Shell,
  StopSignal,
  Onbuild,
  Maintainer,
  Unknown,  // a keyword Docker does not know; kept so rules and suppressions still see it
};

std::string_view op_kind_name(OpKind kind);  // upper-case keyword, "RUN"

struct KeyValue {
  Text key;
  std::optional<Text> value;  // absent: `ARG NAME` without a default
  bool legacy_form = false;   // `ENV key value` (space-separated) rather than `key=value`
  Span span;
};

struct RunOp {
  Command command;
  std::vector<Mount> mounts;
  // Per-command settings a Luakit `:run(cmd, {cwd, env, user})` gives; a Dockerfile RUN takes them from
  // WORKDIR / ENV / USER instructions instead and leaves these empty.
  std::optional<Text> cwd;
  std::vector<KeyValue> env;
  std::optional<Text> user;
};

// COPY and ADD.
struct CopyOp {
  std::vector<Text> sources;
  Text destination;
  std::vector<Heredoc> heredocs;  // COPY <<EOF /path
  bool json_form = false;
};

struct EnvOp {
  std::vector<KeyValue> pairs;
};
struct ArgOp {
  std::vector<KeyValue> args;
};
struct LabelOp {
  std::vector<KeyValue> labels;
};
struct WorkdirOp {
  Text path;
};
struct UserOp {
  Text spec;          // "app", "1000:1000", "${USER}"
  std::string user;   // part before ':'
  std::string group;  // part after ':' (empty if none)
};
struct ExposeOp {
  std::vector<Text> ports;  // each as written: "80", "443/tcp", "8000-8010/udp"
};
struct VolumeOp {
  std::vector<Text> paths;
  bool json_form = false;
};
struct HealthcheckOp {
  bool none = false;  // HEALTHCHECK NONE
  std::optional<Command> command;
};
struct CmdOp {
  Command command;
};
struct EntrypointOp {
  Command command;
};
struct ShellOp {
  std::vector<Text> argv;
  bool json_form = false;
};
struct StopSignalOp {
  Text signal;
};
struct MaintainerOp {
  Text name;
};
struct Op;
struct OnbuildOp {
  std::shared_ptr<const Op> trigger;  // null when the wrapped instruction could not be read
};
struct UnknownOp {};

struct Op {
  OpKind kind = OpKind::Unknown;
  Text keyword;  // raw spelling, e.g. "run" or "Run", with its span
  Span span;     // the whole instruction, continuations and heredoc bodies included
  std::vector<Flag> flags;
  std::vector<Text> args;  // the arguments as Docker splits them (after the flags)
  std::variant<UnknownOp, RunOp, CopyOp, EnvOp, ArgOp, LabelOp, WorkdirOp, UserOp, ExposeOp, VolumeOp, HealthcheckOp,
               CmdOp, EntrypointOp, ShellOp, StopSignalOp, OnbuildOp, MaintainerOp>
      detail;

  template <class T>
  [[nodiscard]] const T* as() const {
    return std::get_if<T>(&detail);
  }
  [[nodiscard]] const Flag* flag(std::string_view name) const;
  // The Command of RUN / CMD / ENTRYPOINT / HEALTHCHECK CMD, if this op has one.
  [[nodiscard]] const Command* command() const;
};

struct Stage {
  Text keyword;                           // "FROM" as written
  Span span;                              // the FROM instruction
  std::vector<Flag> flags;                // --platform=...
  Text base_text;                         // image or stage name as written, e.g. "${BASE}:1.2"
  ImageRef base;                          // parsed from base_text (before variable substitution)
  std::optional<std::size_t> base_stage;  // index of an earlier stage when FROM names one
  std::optional<Text> name;               // AS name, as written
  std::optional<Text> as_keyword;         // the "AS" token, for casing rules
  std::vector<Op> ops;
  std::size_t index = 0;
  // knowledge::default_shell of this stage, kept by its first call: every walk over the RUNs asks it.
  DerivedSlot default_shell_memo;
};

struct Directive {
  std::string name;  // lower-case: "syntax", "escape", "check"
  std::string value;
  Span span;
};

struct Comment {
  std::string text;  // after '#', leading space kept
  Span span;
};

struct SyntaxError {
  std::string message;  // plain words: what was expected and what was found
  Span span;
};

struct BuildDefinition {
  std::vector<Directive> directives;
  char escape = '\\';
  std::vector<Op> global_args;  // ARG instructions before the first FROM
  std::vector<Stage> stages;
  std::vector<Comment> comments;  // every comment line, in order (parser directives excluded)
  std::vector<SyntaxError> errors;
  std::vector<Op> orphan_ops;  // instructions (other than ARG) before the first FROM

  [[nodiscard]] const Directive* directive(std::string_view name) const;
  // Index of the stage named `name` (case-insensitive, as Docker compares them) declared before `before`.
  [[nodiscard]] std::optional<std::size_t> stage_index(std::string_view name, std::size_t before = SIZE_MAX) const;
  // Spans of every instruction (FROM lines, ops, ONBUILD triggers excluded), in source order.
  [[nodiscard]] std::vector<Span> instruction_spans() const;
};

}  // namespace dlint::ir
