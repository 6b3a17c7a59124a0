#include "frontends/dockerfile/lowering.hpp"

#include <array>
#include <cctype>

#include "frontends/dockerfile/text_utils.hpp"

namespace dlint::frontends::dockerfile {

std::uint32_t start_of(antlr4::Token* token) {
  return static_cast<std::uint32_t>(token->getStartIndex());
}
std::uint32_t end_of(antlr4::Token* token) {
  return static_cast<std::uint32_t>(token->getStopIndex() + 1);
}

namespace {

ir::OpKind kind_of_token(size_t type) {
  switch (type) {
    case Parser::K_RUN: return ir::OpKind::Run;
    case Parser::K_CMD: return ir::OpKind::Cmd;
    case Parser::K_ENTRYPOINT: return ir::OpKind::Entrypoint;
    case Parser::K_SHELL: return ir::OpKind::Shell;
    case Parser::K_COPY: return ir::OpKind::Copy;
    case Parser::K_ADD: return ir::OpKind::Add;
    case Parser::K_VOLUME: return ir::OpKind::Volume;
    case Parser::K_EXPOSE: return ir::OpKind::Expose;
    case Parser::K_ENV: return ir::OpKind::Env;
    case Parser::K_LABEL: return ir::OpKind::Label;
    case Parser::K_ARG: return ir::OpKind::Arg;
    case Parser::K_USER: return ir::OpKind::User;
    case Parser::K_WORKDIR: return ir::OpKind::Workdir;
    case Parser::K_MAINTAINER: return ir::OpKind::Maintainer;
    case Parser::K_STOPSIGNAL: return ir::OpKind::StopSignal;
    case Parser::K_HEALTHCHECK: return ir::OpKind::Healthcheck;
    case Parser::K_ONBUILD: return ir::OpKind::Onbuild;
    default: return ir::OpKind::Unknown;
  }
}

constexpr std::array<std::string_view, 18> known_instructions = {
    "FROM",       "RUN",    "CMD",  "LABEL",   "MAINTAINER", "EXPOSE",  "ENV",        "ADD",         "COPY",
    "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG",        "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"};

std::string unknown_instruction_message(std::string_view word) {
  std::string message = "unknown instruction '" + std::string(word) + "'";
  std::string_view best;
  std::size_t best_distance = 3;
  for (std::string_view known : known_instructions) {
    std::size_t distance = edit_distance(word, known);
    if (distance < best_distance && distance * 3 <= known.size()) {
      best_distance = distance;
      best = known;
    }
  }
  if (!best.empty()) message += "; did you mean " + std::string(best) + "?";
  return message;
}

// BuildKit: a stage name must match ^[a-z][a-z0-9-_\.]*$ once lower-cased.
bool valid_stage_name(std::string_view name) {
  if (name.empty() || std::isalpha(static_cast<unsigned char>(name[0])) == 0) return false;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '-' && c != '_' && c != '.') return false;
  }
  return true;
}

}  // namespace

// ---- Common helpers -------------------------------------------------------------------------------------

Span Lowering::span(std::uint32_t begin, std::uint32_t end) const {
  return normalized_.text.span(file_, begin, end);
}

Span Lowering::span_to_end(std::uint32_t begin) const {
  return file_.span(normalized_.text.file_offset(begin), current_.line->file_end);
}

ir::Text Lowering::text(std::uint32_t begin, std::uint32_t end) const {
  return {std::string(text_.substr(begin, end - begin)), span(begin, end)};
}

ir::Text Lowering::token_text(antlr4::Token* token) const {
  return text(start_of(token), end_of(token));
}

void Lowering::fail(std::string message, Span at) {
  if (!current_.error) current_.error = ir::SyntaxError{std::move(message), at};
}

// ---- Entry points ---------------------------------------------------------------------------------------

LoweredInstruction Lowering::lower(Parser::InstructionContext* instruction, const LogicalLine& line) {
  current_ = Current{&line, std::nullopt};
  LoweredInstruction result{ir::Op{}, std::nullopt};
  auto* list = dynamic_cast<Parser::ListInstructionContext*>(instruction);
  if (list != nullptr && list->getStart()->getType() == Parser::K_FROM) {
    result.item = lower_from(list, start_of(list->getStart()));
  } else {
    result.item = lower_op(instruction, start_of(instruction->getStart()));
  }
  result.error = std::move(current_.error);
  return result;
}

LoweredInstruction Lowering::lower_rejected(const LogicalLine& line) {
  current_ = Current{&line, std::nullopt};
  std::uint32_t begin = line.text_begin;
  std::uint32_t end = begin;
  while (end < line.text_end && !is_blank(text_[end])) ++end;
  ir::Op op;
  op.keyword = text(begin, end);
  op.span = span_to_end(begin);
  for (int k = 0; k < static_cast<int>(ir::OpKind::Unknown); ++k) {
    if (iequals(ir::op_kind_name(static_cast<ir::OpKind>(k)), op.keyword.value)) op.kind = static_cast<ir::OpKind>(k);
  }
  if (op.kind == ir::OpKind::Onbuild) op.detail = ir::OnbuildOp{};
  return {std::move(op), line.rejected};
}

ir::Op Lowering::lower_op(Parser::InstructionContext* instruction, std::uint32_t op_begin) {
  ir::Op op;
  antlr4::Token* keyword = instruction->getStart();
  op.kind = kind_of_token(keyword->getType());
  op.keyword = token_text(keyword);
  op.span = span_to_end(op_begin);
  if (auto* ctx = dynamic_cast<Parser::CommandInstructionContext*>(instruction)) {
    lower_command_instruction(ctx, op);
  } else if (auto* ctx = dynamic_cast<Parser::PathsInstructionContext*>(instruction)) {
    lower_paths_instruction(ctx, op);
  } else if (auto* ctx = dynamic_cast<Parser::ListInstructionContext*>(instruction)) {
    lower_list_instruction(ctx, op);
  } else if (auto* ctx = dynamic_cast<Parser::WordsInstructionContext*>(instruction)) {
    lower_words_instruction(ctx, op);
  } else if (auto* ctx = dynamic_cast<Parser::TextInstructionContext*>(instruction)) {
    lower_text_instruction(ctx, op);
  } else if (auto* ctx = dynamic_cast<Parser::HealthcheckInstructionContext*>(instruction)) {
    lower_healthcheck(ctx, op);
  } else if (auto* ctx = dynamic_cast<Parser::OnbuildInstructionContext*>(instruction)) {
    lower_onbuild(ctx, op);
  }
  return op;
}

// ---- FROM -----------------------------------------------------------------------------------------------

ir::Stage Lowering::lower_from(Parser::ListInstructionContext* from, std::uint32_t op_begin) {
  ir::Stage stage;
  stage.keyword = token_text(from->getStart());
  stage.span = span_to_end(op_begin);
  stage.flags = lower_flags(from->flags());
  check_flags("FROM", stage.flags);
  auto words = from->WORD();
  if (words.empty()) {
    fail("FROM needs an image name: FROM image [AS name]", stage.keyword.span);
    return stage;
  }
  stage.base_text = token_text(words[0]->getSymbol());
  stage.base = ir::ImageRef::parse(stage.base_text.value);
  if (words.size() == 3 && iequals(words[1]->getText(), "AS")) {
    stage.as_keyword = token_text(words[1]->getSymbol());
    stage.name = token_text(words[2]->getSymbol());
    const std::string& name = stage.name->value;
    if (name.find('$') == std::string::npos && !valid_stage_name(name)) {
      fail("invalid stage name '" + name +
               "': it must start with a letter and contain only letters, digits, '-', '_' and '.'",
           stage.name->span);
    }
  } else if (words.size() != 1) {
    fail("FROM takes an image and an optional stage name: FROM image [AS name]",
         span(start_of(words[1]->getSymbol()), end_of(words.back()->getSymbol())));
  }
  return stage;
}

// ---- EXPOSE (and FROM as an ONBUILD trigger, which Docker refuses) ---------------------------------------

void Lowering::lower_list_instruction(Parser::ListInstructionContext* ctx, ir::Op& op) {
  op.flags = lower_flags(ctx->flags());
  check_flags(op);
  for (auto* word : ctx->WORD()) op.args.push_back(token_text(word->getSymbol()));
  if (op.kind != ir::OpKind::Expose) return;
  if (op.args.empty()) fail("EXPOSE needs at least one port", op.keyword.span);
  op.detail = ir::ExposeOp{op.args};
}

// ---- USER WORKDIR MAINTAINER STOPSIGNAL and unknown instructions ----------------------------------------

void Lowering::lower_text_instruction(Parser::TextInstructionContext* ctx, ir::Op& op) {
  op.flags = lower_flags(ctx->flags());
  if (op.kind == ir::OpKind::Unknown) {
    // Docker ignores the arguments of an instruction it does not know; so do the args here.
    fail(unknown_instruction_message(op.keyword.value), op.keyword.span);
    return;
  }
  check_flags(op);
  std::optional<ir::Text> rest;
  if (auto* token = ctx->REST()) rest = token_text(token->getSymbol());
  if (rest) op.args.push_back(*rest);
  auto missing = [&](const char* what) {
    fail(std::string(ir::op_kind_name(op.kind)) + " needs " + what, op.keyword.span);
  };
  switch (op.kind) {
    case ir::OpKind::User: {
      ir::UserOp user;
      if (rest) {
        user.spec = *rest;
        auto colon = rest->value.find(':');
        user.user = rest->value.substr(0, colon);
        if (colon != std::string::npos) user.group = rest->value.substr(colon + 1);
      } else {
        missing("a user name or UID");
      }
      op.detail = std::move(user);
      break;
    }
    case ir::OpKind::Workdir:
      if (!rest) missing("a path");
      op.detail = ir::WorkdirOp{rest.value_or(ir::Text{})};
      break;
    case ir::OpKind::Maintainer:
      if (!rest) missing("a name");
      op.detail = ir::MaintainerOp{rest.value_or(ir::Text{})};
      break;
    case ir::OpKind::StopSignal:
      if (!rest) missing("a signal name or number");
      op.detail = ir::StopSignalOp{rest.value_or(ir::Text{})};
      break;
    default: break;
  }
}

// ---- HEALTHCHECK ----------------------------------------------------------------------------------------

void Lowering::lower_healthcheck(Parser::HealthcheckInstructionContext* ctx, ir::Op& op) {
  op.flags = lower_flags(ctx->flags());
  check_flags(op);
  ir::HealthcheckOp health;
  auto* type_node = ctx->HEALTH_TYPE();
  if (type_node == nullptr) {
    fail("HEALTHCHECK needs CMD <command> or NONE", op.keyword.span);
    op.detail = std::move(health);
    return;
  }
  ir::Text type = token_text(type_node->getSymbol());
  op.args.push_back(type);
  auto* args = ctx->commandArgs();
  if (iequals(type.value, "NONE")) {
    health.none = true;
    if (args != nullptr) fail("HEALTHCHECK NONE takes no arguments", span(start_of(args->getStart()), line_end()));
    lower_command(args, op, false);
  } else if (iequals(type.value, "CMD")) {
    health.command = lower_command(args, op, false);
    if (args == nullptr) fail("HEALTHCHECK CMD needs a command", type.span);
  } else {
    fail("unknown HEALTHCHECK type '" + type.value + "'; expected CMD or NONE", type.span);
    lower_command(args, op, false);
  }
  op.detail = std::move(health);
}

// ---- ONBUILD --------------------------------------------------------------------------------------------

void Lowering::lower_onbuild(Parser::OnbuildInstructionContext* ctx, ir::Op& op) {
  op.flags = lower_flags(ctx->flags());
  check_flags(op);
  ir::OnbuildOp onbuild;
  auto* trigger = ctx->instruction();
  if (trigger == nullptr) {
    fail("ONBUILD needs an instruction to run in images built from this one", op.keyword.span);
  } else {
    ir::Op inner = lower_op(trigger, start_of(trigger->getStart()));
    if (trigger->getStart()->getType() == Parser::K_FROM || inner.kind == ir::OpKind::Maintainer) {
      fail(inner.keyword.value + " is not allowed as an ONBUILD trigger", inner.keyword.span);
    }
    onbuild.trigger = std::make_shared<const ir::Op>(std::move(inner));
  }
  op.detail = std::move(onbuild);
}

}  // namespace dlint::frontends::dockerfile
