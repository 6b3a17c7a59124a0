// The Lua core of the Luakit evaluator: the interpreter's lifetime (scopes emptied at the end), spans,
// findings about what could not be analyzed, the step budget, and value helpers. Statements, expressions,
// scopes, branches, calls and the library are in the interpreter_*.cpp files beside it.
#include "frontends/luakit/interpreter.hpp"

#include <cmath>
#include <cstdio>

#include "frontends/luakit/interpreter_support.hpp"

namespace dlint::frontends::luakit {

std::string number_text(double n) {
  if (std::isfinite(n) && n == std::floor(n) && std::fabs(n) < 1e15) {
    return std::to_string(static_cast<long long>(n));
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.14g", n);
  return buffer;
}

bool same_value(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Kind::Nil: return true;
    case Kind::Boolean: return a.boolean == b.boolean;
    case Kind::Number: return a.number == b.number;
    case Kind::String:
      return a.str == b.str || (a.str && b.str && a.str->text == b.str->text && !a.str->variable && !b.str->variable);
    case Kind::Table: return a.table == b.table;
    case Kind::Function: return a.closure == b.closure;
    case Kind::Builtin:
    case Kind::Module: return a.id == b.id && a.name == b.name;
    case Kind::State: return a.id == b.id;
    case Kind::Mount: return a.mount == b.mount;
    case Kind::Unknown: return false;
    case Kind::Choice: return a.alternatives == b.alternatives;
  }
  return false;
}

std::optional<Value> table_get(const Table& table, const Value& key) {
  for (const auto& entry : table.entries) {
    if (same_value(entry.key, key)) return entry.value;
  }
  return std::nullopt;
}

Interpreter::Interpreter(const SourceFile& file, BuildGraph& graph, ir::LuakitScript& facts,
                         const EvaluationLimits& limits)
    : file_(file), graph_(graph), facts_(facts), limits_(limits), globals_(std::make_shared<Table>()) {}

Interpreter::~Interpreter() {
  // Emptying every scope breaks the shared_ptr cycles closures make (scope -> cell -> closure -> scope).
  for (const auto& weak : scopes_) {
    if (auto scope = weak.lock()) {
      scope->vars.clear();
      scope->parent.reset();
    }
  }
}

std::shared_ptr<Scope> Interpreter::make_scope(Scope scope) {
  auto made = std::make_shared<Scope>(std::move(scope));
  scopes_.push_back(made);
  return made;
}

Span Interpreter::span(std::uint32_t begin, std::uint32_t end) const {
  return file_.span(begin, end);
}

Span Interpreter::span_of(antlr4::ParserRuleContext* ctx) const {
  if (ctx == nullptr || ctx->getStart() == nullptr) return span(0, 0);
  auto begin = static_cast<std::uint32_t>(ctx->getStart()->getStartIndex());
  auto* stop = ctx->getStop();
  auto end = stop != nullptr && stop->getStopIndex() != static_cast<size_t>(-1) && stop->getStopIndex() + 1 >= begin
                 ? static_cast<std::uint32_t>(stop->getStopIndex() + 1)
                 : begin;
  return span(begin, end);
}

Span Interpreter::span_of(antlr4::tree::TerminalNode* node) const {
  if (node == nullptr) return span(0, 0);
  auto* token = node->getSymbol();
  return span(static_cast<std::uint32_t>(token->getStartIndex()),
              static_cast<std::uint32_t>(token->getStopIndex() + 1));
}

void Interpreter::not_analyzed(const Span& at, std::string message) {
  if (!reported_.insert(at.begin).second) return;
  if (facts_.not_analyzed.size() >= 200) return;
  facts_.not_analyzed.push_back({"", std::move(message), at});
}

void Interpreter::unknown_reached(const Value& value, std::string_view where) {
  if (value.kind == Kind::Unknown) {
    if (value.reported) return;
    not_analyzed(value.span, std::string(where) + " cannot be known without running the script (" + value.name +
                                 "); this part is not analyzed");
  } else if (value.kind == Kind::Choice) {
    not_analyzed(value.span, std::string(where) +
                                 " differs between the branches of an `if` whose condition cannot be known here; "
                                 "this part is not analyzed");
  }
}

Value Interpreter::unknown(std::string reason, const Span& at) const {
  Value v;
  v.kind = Kind::Unknown;
  v.name = std::move(reason);
  v.span = at;
  return v;
}

Value Interpreter::string_value(std::string text, const Span& at, bool variable) const {
  auto s = std::make_shared<Str>();
  s->segments.push_back({0, at.begin, static_cast<std::uint32_t>(text.size()), true});
  s->text = std::move(text);
  s->variable = variable;
  Value v;
  v.kind = Kind::String;
  v.str = std::move(s);
  v.span = at;
  return v;
}

int Interpreter::add_state(StateNode node) {
  if (graph_.nodes.size() >= limits_.max_states) {
    not_analyzed(node.span, "the script builds more than " + std::to_string(limits_.max_states) +
                                " states; the rest is not analyzed");
    aborted_ = true;
    return -1;
  }
  graph_.nodes.push_back(std::move(node));
  return static_cast<int>(graph_.nodes.size() - 1);
}

Truth Interpreter::truth(const Value& value) const {
  switch (value.kind) {
    case Kind::Nil: return Truth::False;
    case Kind::Boolean: return value.boolean ? Truth::True : Truth::False;
    case Kind::String: return value.str->maybe_nil ? Truth::Unknown : Truth::True;
    case Kind::Unknown: return Truth::Unknown;
    case Kind::Choice: {
      std::optional<Truth> all;
      for (const auto& alt : *value.alternatives) {
        Truth t = truth(alt);
        if (t == Truth::Unknown || (all && *all != t)) return Truth::Unknown;
        all = t;
      }
      return all.value_or(Truth::Unknown);
    }
    default: return Truth::True;
  }
}

std::string Interpreter::describe(const Value& value) const {
  switch (value.kind) {
    case Kind::Nil: return "nil";
    case Kind::Boolean: return "a boolean";
    case Kind::Number: return "a number";
    case Kind::String: return "a string";
    case Kind::Table: return "a table";
    case Kind::Function:
    case Kind::Builtin: return "a function";
    case Kind::State: return "a state";
    case Kind::Mount: return "a mount";
    case Kind::Module: return "the " + value.name + " module";
    case Kind::Unknown: return "a value that cannot be known here";
    case Kind::Choice: return "one of several values";
  }
  return "a value";
}

bool Interpreter::step(antlr4::ParserRuleContext* at) {
  if (aborted_) return false;
  if (++steps_ > limits_.max_steps) {
    // Reported at the innermost loop being run, where the time goes, rather than at whatever expression
    // happened to take the last step.
    not_analyzed(span_of(loop_ != nullptr ? loop_ : at), "evaluating the script takes more than " +
                                                             std::to_string(limits_.max_steps) +
                                                             " steps; the rest is not analyzed");
    aborted_ = true;
    return false;
  }
  return true;
}

void Interpreter::run(P::ChunkContext& chunk) {
  Frame frame;
  auto scope = make_scope(Scope{});
  exec_block(chunk.block(), scope, frame);
}

void evaluate_script(const SourceFile& file, gen::LuaParser::ChunkContext& chunk, BuildGraph& graph,
                     ir::LuakitScript& facts, const EvaluationLimits& limits) {
  Interpreter interpreter(file, graph, facts, limits);
  interpreter.run(chunk);
}

}  // namespace dlint::frontends::luakit
