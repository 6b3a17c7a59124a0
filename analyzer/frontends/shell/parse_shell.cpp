// The shell frontend: blank heredoc bodies, parse with the ANTLR grammar, then lower the tree into a flat
// list of simple commands. Command substitutions are parsed recursively, one level deeper each time.
#include "frontends/shell/parse_shell.hpp"

#include <algorithm>

#include "frontends/shell/heredoc_bodies.hpp"
#include "frontends/shell/shell_tree.hpp"
#include "frontends/shell/word_parts.hpp"
#include "source/limits.hpp"
#include "support/shared_text_memo.hpp"

namespace dlint::frontends {
namespace {

using namespace shell;
using P = gen::ShellParser;

struct Scope {
  std::uint32_t depth = 0;
  bool in_condition = false;
  bool in_substitution = false;
};

struct PipelinePlace {
  std::uint32_t id = 0;
  std::uint32_t position = 0;
  std::uint32_t length = 1;
};

// Deepest nesting of brackets and reserved words that open blocks, counted cheaply before parsing so that
// hostile input cannot drive the recursive-descent parser into a stack overflow.
std::size_t nesting_estimate(std::string_view text) {
  std::size_t depth = 0, deepest = 0;
  for (char c : text) {
    if (c == '(' || c == '{') deepest = std::max(deepest, ++depth);
    if ((c == ')' || c == '}') && depth > 0) --depth;
  }
  return deepest;
}

Span text_span(std::uint32_t begin, std::uint32_t end) {
  Span span;
  span.begin = begin;
  span.end = end;
  return span;
}

class Lowering {
 public:
  explicit Lowering(ir::ShellScript& out) : out_(out) {}

  // Parses text()[begin, end) (already heredoc-blanked in `text`) as a script.
  void parse_region(std::string_view text, std::uint32_t base, Scope scope) {
    if (scope.depth > limits::max_nesting || nesting_estimate(text) > limits::max_nesting) {
      out_.errors.push_back({"the command nests deeper than " + std::to_string(limits::max_nesting) +
                                 " levels; the rest of it is not analyzed",
                             span(base, base + static_cast<std::uint32_t>(std::min<std::size_t>(text.size(), 1)))});
      out_.truncated = true;
      return;
    }
    ShellTree tree(text);
    for (const auto& e : tree.errors()) out_.errors.push_back({e.message, span(base + e.begin, base + e.end)});
    std::uint32_t saved = base_;
    std::string_view saved_text = text_;
    base_ = base;
    text_ = text;
    if (auto* list = tree.root()->commandList()) command_list(list, scope);
    base_ = saved;
    text_ = saved_text;
  }

  std::vector<HeredocBody> heredocs;

 private:
  // Offsets into the script's text; parse_shell places them in the file.
  static Span span(std::uint32_t begin, std::uint32_t end) { return text_span(begin, end); }
  std::uint32_t start_of(antlr4::Token* t) const { return base_ + static_cast<std::uint32_t>(t->getStartIndex()); }
  std::uint32_t end_of(antlr4::Token* t) const { return base_ + static_cast<std::uint32_t>(t->getStopIndex() + 1); }

  void command_list(P::CommandListContext* list, Scope scope) {
    ir::Connector next = pending_;
    for (auto* child : list->children) {
      if (auto* and_or = dynamic_cast<P::AndOrContext*>(child)) {
        pending_ = next;
        this->and_or(and_or, scope);
      } else if (auto* sep = dynamic_cast<P::SeparatorContext*>(child)) {
        next = sep->AMP() != nullptr ? ir::Connector::Background : ir::Connector::Sequence;
      }
    }
  }

  void and_or(P::AndOrContext* ctx, Scope scope) {
    auto pipelines = ctx->pipeline();
    auto ops = ctx->andOrOp();
    for (std::size_t i = 0; i < pipelines.size(); ++i) {
      if (i > 0) pending_ = ops[i - 1]->AND_IF() != nullptr ? ir::Connector::And : ir::Connector::Or;
      Scope inner = scope;
      if (i + 1 < pipelines.size()) inner.in_condition = true;
      pipeline(pipelines[i], inner);
    }
  }

  void pipeline(P::PipelineContext* ctx, Scope scope) {
    auto commands = ctx->command();
    PipelinePlace place{next_pipeline_++, 0, static_cast<std::uint32_t>(commands.size())};
    for (std::size_t i = 0; i < commands.size(); ++i) {
      if (i > 0) pending_ = ir::Connector::Pipe;
      place.position = static_cast<std::uint32_t>(i);
      command(commands[i], scope, place);
    }
  }

  void command(P::CommandContext* ctx, Scope scope, PipelinePlace place) {
    if (auto* simple = dynamic_cast<P::SimpleContext*>(ctx)) {
      simple_command(simple->simpleCommand(), scope, place);
    } else if (auto* compound = dynamic_cast<P::CompoundContext*>(ctx)) {
      compound_command(compound->compoundCommand(), scope);
      redirections_of(compound->redirect(), nullptr, scope);
    } else if (auto* function = dynamic_cast<P::FunctionContext*>(ctx)) {
      if (auto* body = function->functionDefinition()->compoundCommand()) compound_command(body, scope);
    }
  }

  void compound_list(P::CompoundListContext* ctx, Scope scope) {
    if (ctx != nullptr && ctx->commandList() != nullptr) command_list(ctx->commandList(), scope);
  }

  void compound_command(P::CompoundCommandContext* ctx, Scope scope) {
    if (ctx == nullptr) return;
    Scope body = scope;
    body.depth++;
    body.in_condition = false;
    Scope condition = body;
    condition.in_condition = true;
    if (auto* brace = dynamic_cast<P::BraceGroupContext*>(ctx)) {
      compound_list(brace->compoundList(), body);
    } else if (auto* sub = dynamic_cast<P::SubshellContext*>(ctx)) {
      compound_list(sub->compoundList(), body);
    } else if (auto* if_clause = dynamic_cast<P::IfClauseContext*>(ctx)) {
      // In source order: condition, then-part, each elif's condition and part, else-part.
      bool first = true;
      for (auto* child : if_clause->children) {
        if (auto* list = dynamic_cast<P::CompoundListContext*>(child)) {
          compound_list(list, first ? condition : body);
          first = false;
        } else if (auto* elif = dynamic_cast<P::ElifPartContext*>(child)) {
          auto parts = elif->compoundList();
          if (!parts.empty()) compound_list(parts[0], condition);
          if (parts.size() > 1) compound_list(parts[1], body);
        }
      }
    } else if (auto* for_clause = dynamic_cast<P::ForClauseContext*>(ctx)) {
      for (auto* w : for_clause->anyWord()) emit_substitutions_of(w->getStart(), scope);
      if (auto* group = for_clause->doGroup()) compound_list(group->compoundList(), body);
    } else if (auto* while_clause = dynamic_cast<P::WhileClauseContext*>(ctx)) {
      compound_list(while_clause->compoundList(), condition);
      if (auto* group = while_clause->doGroup()) compound_list(group->compoundList(), body);
    } else if (auto* case_clause = dynamic_cast<P::CaseClauseContext*>(ctx)) {
      if (auto* subject = case_clause->anyWord()) emit_substitutions_of(subject->getStart(), scope);
      for (auto* item : case_clause->caseItem()) compound_list(item->compoundList(), body);
    }
  }

  ir::ShellWord word(antlr4::Token* token, Scope scope, bool emit_substitutions = true) {
    ir::ShellWord w;
    w.raw = token->getText();
    WordParts parts = split_word(w.raw);
    w.value = std::move(parts.value);
    w.quoted = parts.quoted;
    w.has_expansion = parts.has_expansion || !parts.substitutions.empty();
    w.unquoted_expansion = parts.unquoted_expansion;
    w.span = span(start_of(token), end_of(token));
    if (emit_substitutions) {
      for (const auto& sub : parts.substitutions) substitution(token, sub, scope);
    }
    return w;
  }

  void emit_substitutions_of(antlr4::Token* token, Scope scope) { word(token, scope); }

  void substitution(antlr4::Token* token, const Substitution& sub, Scope scope) {
    std::uint32_t token_start = static_cast<std::uint32_t>(token->getStartIndex());
    std::string_view inner = text_.substr(token_start + sub.begin, sub.end - sub.begin);
    Scope inner_scope = scope;
    inner_scope.depth++;
    inner_scope.in_substitution = true;
    ir::Connector saved = pending_;
    pending_ = ir::Connector::None;
    parse_region(inner, base_ + token_start + sub.begin, inner_scope);
    pending_ = saved;
  }

  void redirections_of(const std::vector<P::RedirectContext*>& redirects, ir::SimpleCommand* command, Scope scope) {
    for (auto* r : redirects) {
      ir::Redirection redirection = redirect(r, scope);
      if (command != nullptr) command->redirections.push_back(std::move(redirection));
    }
  }

  ir::Redirection redirect(P::RedirectContext* ctx, Scope scope) {
    ir::Redirection r;
    antlr4::Token* op = ctx->REDIRECT()->getSymbol();
    r.op = op->getText();
    std::uint32_t end = end_of(op);
    if (auto* target = ctx->anyWord()) {
      r.target = word(target->getStart(), scope);
      end = end_of(target->getStart());
    }
    r.span = span(start_of(op), end);
    if (r.op.find("<<") != std::string::npos && r.op.find("<<<") == std::string::npos) {
      if (next_heredoc_ < heredocs.size()) r.heredoc = heredocs[next_heredoc_++].body;
    }
    return r;
  }

  void simple_command(P::SimpleCommandContext* ctx, Scope scope, PipelinePlace place) {
    ir::SimpleCommand command;
    ir::Connector connector = pending_;
    for (auto* child : ctx->children) {
      if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
        antlr4::Token* t = terminal->getSymbol();
        if (t->getType() == gen::ShellLexer::ASSIGNMENT_WORD && command.argv.empty()) {
          command.assignments.push_back(word(t, scope));
        } else {
          command.argv.push_back(word(t, scope));
        }
      } else if (auto* any = dynamic_cast<P::AnyWordContext*>(child)) {
        command.argv.push_back(word(any->getStart(), scope));
      } else if (auto* r = dynamic_cast<P::RedirectContext*>(child)) {
        command.redirections.push_back(redirect(r, scope));
      }
    }
    command.span =
        span(start_of(ctx->getStart()), end_of(ctx->getStop() != nullptr ? ctx->getStop() : ctx->getStart()));
    command.connector = connector;
    command.pipeline = place.id;
    command.pipeline_position = place.position;
    command.pipeline_length = place.length;
    command.depth = scope.depth;
    command.in_condition = scope.in_condition;
    command.in_substitution = scope.in_substitution;
    // Substitutions were emitted while reading the words; they run first, so the command goes after them.
    out_.commands.push_back(std::move(command));
    pending_ = ir::Connector::Sequence;
  }

  ir::ShellScript& out_;
  std::uint32_t base_ = 0;
  std::string_view text_;
  ir::Connector pending_ = ir::Connector::None;
  std::uint32_t next_pipeline_ = 0;
  std::size_t next_heredoc_ = 0;
};

// Every span of the script, for placing them in the file.
template <class F>
void for_each_span(ir::ShellScript& script, F&& f) {
  for (auto& command : script.commands) {
    for (auto& word : command.assignments) f(word.span);
    for (auto& word : command.argv) f(word.span);
    for (auto& redirection : command.redirections) {
      f(redirection.target.span);
      f(redirection.span);
    }
    f(command.span);
  }
  for (auto& error : script.errors) f(error.span);
}

// RUN lines repeat a lot between Dockerfiles (the variants of one image, a team's boilerplate), so
// parses are kept for the whole process, for up to 256 KiB of script text (about 3 MB of IR).
SharedTextMemo<ir::ShellScript>& parse_memo() {
  static SharedTextMemo<ir::ShellScript> memo(256 << 10);
  return memo;
}

}  // namespace

ir::ShellScript parse_shell_text(std::string_view text) {
  ir::ShellScript script;
  if (text.size() > limits::max_file_bytes) {
    script.errors.push_back({"the shell command is too large to analyze", text_span(0, 0)});
    script.truncated = true;
    return script;
  }
  BlankedScript blanked = blank_heredocs(text);
  Lowering lowering(script);
  for (const auto& body : blanked.bodies) {
    if (!body.terminated) {
      script.errors.push_back({"the heredoc is never closed by a line reading '" + body.delimiter + "'",
                               text_span(body.begin, std::max(body.begin, body.end))});
    }
  }
  lowering.heredocs = std::move(blanked.bodies);
  try {
    lowering.parse_region(blanked.text, 0, Scope{});
  } catch (const std::exception& e) {
    script.errors.push_back(
        {std::string("internal error while reading the shell command: ") + e.what(), text_span(0, 0)});
  }
  return script;
}

ir::ShellScript parse_shell(const SourceFile& file, const MappedText& text) {
  ir::ShellScript script = *parse_memo().get(text.text(), parse_shell_text);
  for_each_span(script, [&](Span& span) { span = text.span(file, span.begin, span.end); });
  return script;
}

}  // namespace dlint::frontends
