#pragma once
// Turns the parse tree of one normalized line into IR: a stage header for FROM, an Op for everything
// else. Arguments are split exactly as BuildKit splits them; every node gets its span in the file.
// A problem Docker would reject is recorded as at most one error per instruction.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "frontends/dockerfile/dockerfile_tree.hpp"
#include "frontends/dockerfile/prescan.hpp"
#include "ir/build_definition.hpp"

namespace dlint::frontends::dockerfile {

using Parser = gen::DockerfileParser;

struct LoweredInstruction {
  std::variant<ir::Stage, ir::Op> item;
  std::optional<ir::SyntaxError> error;  // the first problem found in it
};

class Lowering {
 public:
  Lowering(const SourceFile& file, const NormalizedDockerfile& normalized)
      : file_(file), normalized_(normalized), text_(normalized.text.text()) {}

  LoweredInstruction lower(Parser::InstructionContext* instruction, const LogicalLine& line);
  // An instruction the parser never saw (see LogicalLine::rejected): keyword and span only.
  LoweredInstruction lower_rejected(const LogicalLine& line);

 private:
  // Per-instruction state.
  struct Current {
    const LogicalLine* line = nullptr;
    std::optional<ir::SyntaxError> error;
  };

  ir::Op lower_op(Parser::InstructionContext* instruction, std::uint32_t op_begin);
  ir::Stage lower_from(Parser::ListInstructionContext* from, std::uint32_t op_begin);
  void lower_command_instruction(Parser::CommandInstructionContext* ctx, ir::Op& op);
  void lower_paths_instruction(Parser::PathsInstructionContext* ctx, ir::Op& op);
  void lower_list_instruction(Parser::ListInstructionContext* ctx, ir::Op& op);
  void lower_words_instruction(Parser::WordsInstructionContext* ctx, ir::Op& op);
  void lower_text_instruction(Parser::TextInstructionContext* ctx, ir::Op& op);
  void lower_healthcheck(Parser::HealthcheckInstructionContext* ctx, ir::Op& op);
  void lower_onbuild(Parser::OnbuildInstructionContext* ctx, ir::Op& op);

  // Commands (RUN CMD ENTRYPOINT SHELL HEALTHCHECK CMD).
  ir::Command lower_command(Parser::CommandArgsContext* args, ir::Op& op, bool may_have_heredocs);
  std::vector<ir::Text> lower_json_array(Parser::JsonArrayContext* array);
  void build_heredoc_source(ir::Command& command, std::uint32_t begin, std::uint32_t end);
  // Words of a line that looked like JSON but was not, split on blanks (COPY ADD VOLUME).
  std::vector<ir::Text> split_blank_words(std::uint32_t begin, std::uint32_t end) const;

  // Flags.
  std::vector<ir::Flag> lower_flags(Parser::FlagsContext* flags);
  ir::Flag lower_flag(antlr4::Token* token);
  void check_flags(const ir::Op& op);
  void check_flags(std::string_view instruction, const std::vector<ir::Flag>& flags);
  std::vector<ir::Mount> lower_mounts(const std::vector<ir::Flag>& flags);

  // ENV LABEL ARG words.
  ir::Text lower_word(antlr4::Token* token) const;

  ir::Text text(std::uint32_t begin, std::uint32_t end) const;
  ir::Text token_text(antlr4::Token* token) const;
  [[nodiscard]] Span span(std::uint32_t begin, std::uint32_t end) const;
  [[nodiscard]] std::uint32_t line_end() const { return current_.line->text_end; }
  // Span from a normalized offset to the end of the instruction (heredoc bodies included).
  [[nodiscard]] Span span_to_end(std::uint32_t begin) const;
  void fail(std::string message, Span at);

  const SourceFile& file_;
  const NormalizedDockerfile& normalized_;
  std::string_view text_;
  Current current_;
};

std::uint32_t start_of(antlr4::Token* token);
std::uint32_t end_of(antlr4::Token* token);

}  // namespace dlint::frontends::dockerfile
