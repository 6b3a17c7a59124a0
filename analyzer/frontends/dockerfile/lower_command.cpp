// Lowering of the instructions whose arguments may be a JSON array: RUN CMD ENTRYPOINT SHELL (and the
// command of HEALTHCHECK), COPY ADD VOLUME; with the shell text and heredocs of the shell form.
#include <algorithm>

#include "frontends/dockerfile/heredoc_markers.hpp"
#include "frontends/dockerfile/lowering.hpp"
#include "frontends/dockerfile/text_utils.hpp"

namespace dlint::frontends::dockerfile {
namespace {

const char* json_kind_name(Parser::JsonValueContext* value) {
  if (value->JSON_NUMBER() != nullptr) return "a number";
  if (value->JSON_TRUE() != nullptr || value->JSON_FALSE() != nullptr) return "a boolean";
  if (value->JSON_NULL() != nullptr) return "null";
  if (value->jsonArray() != nullptr) return "an array";
  return "an object";
}

// `#!/usr/bin/env python3` and the like: BuildKit runs such a heredoc as a file, not through /bin/sh.
bool runs_in_posix_shell(std::string_view body) {
  if (body.substr(0, 2) != "#!") return true;
  std::string_view line =
      body.substr(2, body.find('\n') == std::string_view::npos ? std::string_view::npos : body.find('\n') - 2);
  auto next_word = [&line]() {
    std::size_t b = 0;
    while (b < line.size() && is_blank(line[b])) ++b;
    std::size_t e = b;
    while (e < line.size() && !is_blank(line[e])) ++e;
    std::string_view word = line.substr(b, e - b);
    line.remove_prefix(e);
    return word;
  };
  auto basename = [](std::string_view path) {
    auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
  };
  std::string_view interpreter = basename(next_word());
  if (interpreter == "env") interpreter = basename(next_word());
  for (std::string_view shell : {"sh", "bash", "dash", "ash", "ksh", "mksh", "zsh", "posh"}) {
    if (interpreter == shell) return true;
  }
  return false;
}

bool is_whole_heredoc_marker(std::string_view word) {
  auto markers = find_heredoc_markers(word);
  return markers.size() == 1 && markers[0].begin == 0 && markers[0].end == word.size();
}

}  // namespace

std::vector<ir::Text> Lowering::lower_json_array(Parser::JsonArrayContext* array) {
  std::vector<ir::Text> out;
  std::size_t index = 0;
  for (auto* value : array->jsonValue()) {
    ++index;
    if (auto* string = value->JSON_STRING()) {
      antlr4::Token* token = string->getSymbol();
      std::string raw = token->getText();
      auto decoded = decode_json_string(raw);
      out.push_back({decoded ? std::move(*decoded) : std::move(raw), span(start_of(token), end_of(token))});
    } else {
      fail("expected a JSON array of strings, but element " + std::to_string(index) + " is " + json_kind_name(value),
           span(start_of(value->getStart()), end_of(value->getStop())));
    }
  }
  return out;
}

ir::Command Lowering::lower_command(Parser::CommandArgsContext* args, ir::Op& op, bool may_have_heredocs) {
  ir::Command command;
  if (args == nullptr) {
    Span at = op.keyword.span;
    command.span = file_.span(at.end, at.end);
    command.shell_text.span = command.span;
    return command;
  }
  std::uint32_t begin = start_of(args->getStart());
  if (auto* json = args->jsonArray()) {
    command.form = ir::Command::Form::Exec;
    command.exec_args = lower_json_array(json);
    command.span = span(begin, end_of(json->getStop()));
    op.args.insert(op.args.end(), command.exec_args.begin(), command.exec_args.end());
    return command;
  }
  command.looks_like_json = args->notJson() != nullptr;
  command.span = span_to_end(begin);
  op.args.push_back(text(begin, line_end()));
  if (may_have_heredocs && !current_.line->heredocs.empty()) {
    build_heredoc_source(command, begin, line_end());
  } else {
    normalized_.append_slice(command.source, *current_.line, begin, line_end());
  }
  command.shell_text = {command.source.text(), command.span};
  return command;
}

// What /bin/sh receives for a RUN with heredocs, as BuildKit builds it: a command that is only a heredoc
// marker runs the body itself; otherwise the command line is followed by each body and its delimiter.
void Lowering::build_heredoc_source(ir::Command& command, std::uint32_t begin, std::uint32_t end) {
  const auto& heredocs = current_.line->heredocs;
  std::string_view file_text = file_.text();
  for (const auto& scanned : heredocs) command.heredocs.push_back(scanned.heredoc);

  if (is_whole_heredoc_marker(text_.substr(begin, end - begin))) {
    const ScannedHeredoc& only = heredocs.front();
    if (!runs_in_posix_shell(file_text.substr(only.body_begin, only.body_end - only.body_begin))) return;
    std::uint32_t at = only.body_begin;
    while (at < only.body_end) {
      std::uint32_t stop = at;
      while (stop < only.body_end && file_text[stop] != '\n') ++stop;
      if (stop < only.body_end) ++stop;  // keep the line feed
      std::uint32_t from = at;
      if (only.heredoc.strip_tabs) {
        while (from < stop && file_text[from] == '\t') ++from;
      }
      command.source.append(file_text.substr(from, stop - from), from);
      at = stop;
    }
    return;
  }

  normalized_.append_slice(command.source, *current_.line, begin, end);
  for (const auto& scanned : heredocs) {
    if (scanned.body_begin > 0 && file_text[scanned.body_begin - 1] == '\n') {
      command.source.append("\n", scanned.body_begin - 1);
    } else {
      command.source.append_synthetic("\n", scanned.body_begin);
    }
    command.source.append(file_text.substr(scanned.body_begin, scanned.body_end - scanned.body_begin),
                          scanned.body_begin);
    if (scanned.terminated) {
      command.source.append(scanned.heredoc.delimiter, scanned.terminator_begin);
    } else {
      command.source.append_synthetic(scanned.heredoc.delimiter, scanned.body_end);
    }
  }
}

void Lowering::lower_command_instruction(Parser::CommandInstructionContext* ctx, ir::Op& op) {
  op.flags = lower_flags(ctx->flags());
  check_flags(op);
  auto* args = ctx->commandArgs();
  switch (op.kind) {
    case ir::OpKind::Run: {
      ir::RunOp run;
      run.command = lower_command(args, op, true);
      run.mounts = lower_mounts(op.flags);  // a RUN without a command is accepted by BuildKit: sh -c ""
      op.detail = std::move(run);
      break;
    }
    case ir::OpKind::Cmd: op.detail = ir::CmdOp{lower_command(args, op, false)}; break;
    case ir::OpKind::Entrypoint: op.detail = ir::EntrypointOp{lower_command(args, op, false)}; break;
    case ir::OpKind::Shell: {
      ir::ShellOp shell;
      ir::Command command = lower_command(args, op, false);
      shell.json_form = command.form == ir::Command::Form::Exec;
      shell.argv = shell.json_form ? std::move(command.exec_args) : op.args;
      if (!shell.json_form && args != nullptr) {
        fail("SHELL needs the JSON form: SHELL [\"executable\", \"parameters\"]", command.span);
      } else if (shell.argv.empty()) {
        fail("SHELL needs at least one argument: SHELL [\"executable\", \"parameters\"]", op.keyword.span);
      }
      op.detail = std::move(shell);
      break;
    }
    default: break;
  }
}

std::vector<ir::Text> Lowering::split_blank_words(std::uint32_t begin, std::uint32_t end) const {
  std::vector<ir::Text> words;
  std::uint32_t at = begin;
  while (at < end) {
    while (at < end && is_blank(text_[at])) ++at;
    std::uint32_t stop = at;
    while (stop < end && !is_blank(text_[stop])) ++stop;
    if (stop > at) words.push_back(text(at, stop));
    at = stop;
  }
  return words;
}

void Lowering::lower_paths_instruction(Parser::PathsInstructionContext* ctx, ir::Op& op) {
  op.flags = lower_flags(ctx->flags());
  check_flags(op);
  bool json_form = false;
  if (auto* args = ctx->pathArgs()) {
    if (auto* json = args->jsonArray()) {
      json_form = true;
      op.args = lower_json_array(json);
    } else if (args->notJson() != nullptr) {
      op.args = split_blank_words(start_of(args->getStart()), line_end());
    } else {
      for (auto* word : args->WORD()) op.args.push_back(token_text(word->getSymbol()));
    }
  }
  if (op.kind == ir::OpKind::Volume) {
    ir::VolumeOp volume{op.args, json_form};
    if (volume.paths.empty()) fail("VOLUME needs at least one path", op.keyword.span);
    for (const auto& path : volume.paths) {
      if (path.value.find_first_not_of(" \t\r\n\v\f") == std::string::npos) {
        fail("VOLUME paths cannot be empty", path.span);
      }
    }
    op.detail = std::move(volume);
    return;
  }
  ir::CopyOp copy;
  copy.json_form = json_form;
  const std::string name(ir::op_kind_name(op.kind));
  if (!op.args.empty()) {
    copy.destination = op.args.back();
    for (std::size_t i = 0; i + 1 < op.args.size(); ++i) {
      if (!json_form && !current_.line->heredocs.empty() && is_whole_heredoc_marker(op.args[i].value)) {
        continue;  // COPY <<EOF /dest: the heredoc is the source
      }
      copy.sources.push_back(op.args[i]);
    }
  }
  if (!json_form) {
    for (const auto& scanned : current_.line->heredocs) copy.heredocs.push_back(scanned.heredoc);
  }
  if (op.args.size() < 2) {
    fail(name + " needs at least one source and a destination: " + name + " <src>... <dest>",
         op.args.empty() ? op.keyword.span : op.args.front().span);
  }
  op.detail = std::move(copy);
}

}  // namespace dlint::frontends::dockerfile
