// The Lua core of the Luakit evaluator: statements, expressions, scopes, functions, and the few library
// functions whose result can be known without running anything.
#include "frontends/luakit/interpreter.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace dlint::frontends::luakit {
namespace {

bool is_number_text(const std::string& text, double& out) {
  if (text.empty()) return false;
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  while (end != nullptr && (*end == ' ' || *end == '\t' || *end == '\n')) ++end;
  return end != nullptr && *end == '\0';
}

Value nil_at(const Span& at) {
  Value v;
  v.span = at;
  return v;
}

Value boolean(bool b, const Span& at) {
  Value v;
  v.kind = Kind::Boolean;
  v.boolean = b;
  v.span = at;
  return v;
}

Value number(double n, const Span& at) {
  Value v;
  v.kind = Kind::Number;
  v.number = n;
  v.span = at;
  return v;
}

Value builtin(Builtin which, std::string name) {
  Value v;
  v.kind = Kind::Builtin;
  v.id = static_cast<int>(which);
  v.name = std::move(name);
  return v;
}

Value module(Module which, std::string name) {
  Value v;
  v.kind = Kind::Module;
  v.id = static_cast<int>(which);
  v.name = std::move(name);
  return v;
}

struct Named {
  std::string_view name;
  Builtin which;
};

constexpr Named bk_functions[] = {
    {"image", Builtin::Image}, {"scratch", Builtin::Scratch},   {"local_", Builtin::Local},  {"git", Builtin::Git},
    {"http", Builtin::Http},   {"https", Builtin::Https},       {"merge", Builtin::Merge},   {"diff", Builtin::Diff},
    {"cache", Builtin::Cache}, {"secret", Builtin::Secret},     {"ssh", Builtin::Ssh},       {"tmpfs", Builtin::Tmpfs},
    {"bind", Builtin::Bind},   {"platform", Builtin::Platform}, {"export", Builtin::Export},
};

constexpr Named string_functions[] = {
    {"format", Builtin::StringFormat}, {"rep", Builtin::StringRep}, {"upper", Builtin::StringUpper},
    {"lower", Builtin::StringLower},   {"len", Builtin::StringLen}, {"sub", Builtin::StringSub},
};

constexpr Named global_functions[] = {
    {"tostring", Builtin::Tostring}, {"tonumber", Builtin::Tonumber}, {"type", Builtin::Type},
    {"ipairs", Builtin::Ipairs},     {"pairs", Builtin::Pairs},       {"next", Builtin::Next},
    {"print", Builtin::Print},       {"error", Builtin::Error},       {"assert", Builtin::Assert},
    {"select", Builtin::Select},     {"unpack", Builtin::Unpack},     {"require", Builtin::Require},
};

// Marks the loop being run for the duration of a scope.
class LoopGuard {
 public:
  LoopGuard(antlr4::ParserRuleContext*& slot, antlr4::ParserRuleContext* loop) : slot_(slot), saved_(slot) {
    slot = loop;
  }
  ~LoopGuard() { slot_ = saved_; }
  LoopGuard(const LoopGuard&) = delete;
  LoopGuard& operator=(const LoopGuard&) = delete;

 private:
  antlr4::ParserRuleContext*& slot_;
  antlr4::ParserRuleContext* saved_;
};

}  // namespace

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

// --- scopes ---------------------------------------------------------------------------------------------

std::shared_ptr<Cell> Interpreter::find_cell(const std::string& name, const std::shared_ptr<Scope>& scope) const {
  for (const Scope* s = scope.get(); s != nullptr; s = s->parent.get()) {
    for (auto it = s->vars.rbegin(); it != s->vars.rend(); ++it) {
      if (it->first == name) return it->second;
    }
  }
  return nullptr;
}

void Interpreter::set_cell(const std::shared_ptr<Cell>& cell, Value value) {
  for (Journal* journal : journals_) {
    bool seen =
        std::any_of(journal->cells.begin(), journal->cells.end(), [&](const auto& e) { return e.first == cell; });
    if (!seen) journal->cells.emplace_back(cell, cell->value);
  }
  cell->value = std::move(value);
}

void Interpreter::table_set(const std::shared_ptr<Table>& table, const Value& key, Value value, const Span& at) {
  for (Journal* journal : journals_) {
    bool seen =
        std::any_of(journal->tables.begin(), journal->tables.end(), [&](const auto& e) { return e.first == table; });
    if (!seen) journal->tables.emplace_back(table, table->entries);
  }
  for (auto it = table->entries.begin(); it != table->entries.end(); ++it) {
    if (!same_value(it->key, key)) continue;
    if (value.kind == Kind::Nil) {
      table->entries.erase(it);
      table->array_size = 0;
    } else {
      it->value = std::move(value);
    }
    return;
  }
  if (value.kind == Kind::Nil) return;
  if (table->entries.size() >= limits_.max_table_entries) {
    not_analyzed(
        at, "a table grows past " + std::to_string(limits_.max_table_entries) + " entries; the rest is not analyzed");
    aborted_ = true;
    return;
  }
  bool appends = key.kind == Kind::Number && key.number == static_cast<double>(table->array_size + 1) &&
                 table->array_size == table->entries.size();
  table->entries.push_back({key, std::move(value), at});
  if (appends) ++table->array_size;
}

void Interpreter::declare(const std::shared_ptr<Scope>& scope, const std::string& name, Value value, const Span& at) {
  if (value.kind == Kind::State && value.id >= 0 && static_cast<std::size_t>(value.id) < graph_.nodes.size()) {
    auto& node = graph_.nodes[static_cast<std::size_t>(value.id)];
    if (node.variable.empty()) {
      node.variable = name;
      node.variable_span = at;
    }
  }
  scope->vars.emplace_back(name, std::make_shared<Cell>(Cell{std::move(value)}));
}

Value Interpreter::lookup(const std::string& name, const std::shared_ptr<Scope>& scope, const Span& at) {
  if (auto cell = find_cell(name, scope)) {
    Value v = cell->value;
    if (v.kind != Kind::String && v.kind != Kind::Unknown) v.span = at;
    return v;
  }
  Value key = string_value(name, at);
  if (auto v = table_get(*globals_, key)) return *v;
  if (name == "bk") return module(Module::Bk, "bk");
  if (name == "os") return module(Module::Os, "os");
  if (name == "io") return module(Module::Io, "io");
  if (name == "string") return module(Module::String, "string");
  if (name == "table") return module(Module::Table, "table");
  if (name == "math") return module(Module::Math, "math");
  for (const auto& f : global_functions) {
    if (f.name == name) return builtin(f.which, name);
  }
  if (name == "dofile" || name == "loadfile") return builtin(Builtin::Removed, name);
  static constexpr std::string_view unsupported[] = {"loadstring",   "load",         "pcall",          "xpcall",
                                                     "setmetatable", "getmetatable", "rawget",         "rawset",
                                                     "setfenv",      "getfenv",      "collectgarbage", "module"};
  for (auto u : unsupported) {
    if (u == name) return builtin(Builtin::Unsupported, name);
  }
  return nil_at(at);
}

Value Interpreter::index(const Value& object, const Value& key, const Span& at) {
  if (object.kind == Kind::Module && key.kind == Kind::String) {
    const std::string& k = key.str->text;
    std::string dotted = object.name + "." + k;
    switch (static_cast<Module>(object.id)) {
      case Module::Bk:
        for (const auto& f : bk_functions) {
          if (f.name == k) return builtin(f.which, dotted);
        }
        return builtin(Builtin::MissingBk, dotted);
      case Module::Os:
        if (k == "getenv") return builtin(Builtin::Getenv, dotted);
        if (k == "execute" || k == "exit" || k == "remove" || k == "rename" || k == "tmpname") {
          return builtin(Builtin::Removed, dotted);
        }
        return builtin(Builtin::Unsupported, dotted);
      case Module::Io: return builtin(Builtin::Removed, dotted);
      case Module::String:
        for (const auto& f : string_functions) {
          if (f.name == k) return builtin(f.which, dotted);
        }
        return builtin(Builtin::Unsupported, dotted);
      case Module::Table:
        if (k == "insert") return builtin(Builtin::TableInsert, dotted);
        if (k == "concat") return builtin(Builtin::TableConcat, dotted);
        return builtin(Builtin::Unsupported, dotted);
      case Module::Math: return builtin(Builtin::Unsupported, dotted);
    }
  }
  if (object.kind == Kind::Table) {
    Value k = key;
    if (auto v = table_get(*object.table, k)) return *v;
    return nil_at(at);
  }
  if (object.kind == Kind::Unknown) return object;
  if (object.kind == Kind::Choice) {
    auto alts = std::make_shared<std::vector<Value>>();
    for (const auto& alt : *object.alternatives) alts->push_back(index(alt, key, at));
    Value v;
    v.kind = Kind::Choice;
    v.alternatives = std::move(alts);
    v.span = at;
    return v;
  }
  if (object.kind == Kind::String && object.str->variable) return unknown("the value of an environment variable", at);
  return unknown("indexing " + describe(object), at);
}

// A method call's callee: state methods, string methods, or a table's function field.
Value Interpreter::method(const Value& receiver, const std::string& name, const Span& at) {
  // One of several states (after an undecidable `if`) has the state methods too; call_bk applies the
  // method to each of them.
  bool states =
      receiver.kind == Kind::State ||
      (receiver.kind == Kind::Choice && std::all_of(receiver.alternatives->begin(), receiver.alternatives->end(),
                                                    [](const Value& v) { return v.kind == Kind::State; }));
  if (states) {
    static constexpr Named methods[] = {
        {"run", Builtin::Run},
        {"copy", Builtin::Copy},
        {"mkdir", Builtin::Mkdir},
        {"mkfile", Builtin::Mkfile},
        {"rm", Builtin::Rm},
        {"symlink", Builtin::Symlink},
        {"with_metadata", Builtin::WithMetadata},
    };
    for (const auto& m : methods) {
      if (m.name == name) return builtin(m.which, name);
    }
    return builtin(Builtin::MissingBk, "state:" + name);
  }
  if (receiver.kind == Kind::String) {
    for (const auto& f : string_functions) {
      if (f.name == name) return builtin(f.which, "string." + name);
    }
    return builtin(Builtin::Unsupported, "string." + name);
  }
  return index(receiver, string_value(name, at), at);
}

Value Interpreter::merge(const Value& a, const Value& b) const {
  if (same_value(a, b)) return a;
  auto alts = std::make_shared<std::vector<Value>>();
  auto add = [&](const Value& v) {
    if (v.kind == Kind::Choice) {
      for (const auto& alt : *v.alternatives) alts->push_back(alt);
    } else {
      alts->push_back(v);
    }
  };
  add(a);
  add(b);
  if (alts->size() > limits_.max_alternatives) {
    return unknown("more than " + std::to_string(limits_.max_alternatives) + " alternatives", a.span);
  }
  Value v;
  v.kind = Kind::Choice;
  v.alternatives = std::move(alts);
  v.span = a.span;
  return v;
}

// --- statements -----------------------------------------------------------------------------------------

Flow Interpreter::exec_block(P::BlockContext* block, std::shared_ptr<Scope> scope, Frame& frame) {
  if (block == nullptr) return Flow::Normal;
  for (auto* stat : block->stat()) {
    Flow flow = exec_stat(stat, scope, frame);
    if (aborted_) return Flow::Abort;
    if (raised_) return Flow::Error;
    if (flow != Flow::Normal) return flow;
  }
  if (auto* last = block->lastStat()) {
    if (!step(last)) return Flow::Abort;
    if (dynamic_cast<P::BreakStatContext*>(last) != nullptr) return Flow::Break;
    auto* ret = dynamic_cast<P::ReturnStatContext*>(last);
    frame.returns = ret->expList() ? eval_list(ret->expList(), scope, frame) : std::vector<Value>{};
    if (aborted_) return Flow::Abort;
    if (raised_) return Flow::Error;
    return Flow::Return;
  }
  return Flow::Normal;
}

Flow Interpreter::exec_stat(P::StatContext* stat, std::shared_ptr<Scope>& scope, Frame& frame) {
  if (!step(stat)) return Flow::Abort;
  if (auto* local = dynamic_cast<P::LocalStatContext*>(stat)) {
    std::vector<Value> values = local->expList() ? eval_list(local->expList(), scope, frame) : std::vector<Value>{};
    auto names = local->nameList()->NAME();
    std::vector<Value> bound(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) bound[i] = i < values.size() ? values[i] : nil_at(span_of(names[i]));
    // Names are bound after the right-hand side is evaluated: `local x = x` reads the outer x.
    for (std::size_t i = 0; i < names.size(); ++i) declare(scope, names[i]->getText(), bound[i], span_of(names[i]));
    return Flow::Normal;
  }
  if (auto* assign_stat = dynamic_cast<P::AssignStatContext*>(stat)) {
    std::vector<Value> values = eval_list(assign_stat->expList(), scope, frame);
    auto targets = assign_stat->suffixedExp();
    for (std::size_t i = 0; i < targets.size(); ++i) {
      Flow flow = assign(targets[i], i < values.size() ? values[i] : nil_at(span_of(targets[i])), scope, frame);
      if (flow != Flow::Normal) return flow;
    }
    return Flow::Normal;
  }
  if (auto* call_stat = dynamic_cast<P::CallStatContext*>(stat)) {
    auto suffixes = call_stat->suffixedExp()->suffix();
    bool is_call = !suffixes.empty() && (dynamic_cast<P::CallSuffixContext*>(suffixes.back()) != nullptr ||
                                         dynamic_cast<P::MethodSuffixContext*>(suffixes.back()) != nullptr);
    if (!is_call) return Flow::Normal;  // reported as a syntax error by the frontend
    eval_suffixed(call_stat->suffixedExp(), scope, frame);
    return aborted_ ? Flow::Abort : Flow::Normal;
  }
  if (auto* do_stat = dynamic_cast<P::DoStatContext*>(stat)) {
    return exec_block(do_stat->block(), make_scope(Scope{{}, scope}), frame);
  }
  if (auto* if_stat = dynamic_cast<P::IfStatContext*>(stat)) return exec_if(if_stat, 0, scope, frame);
  if (auto* while_stat = dynamic_cast<P::WhileStatContext*>(stat)) {
    return exec_while(while_stat->exp(), while_stat->block(), false, scope, frame, stat);
  }
  if (auto* repeat = dynamic_cast<P::RepeatStatContext*>(stat)) {
    return exec_while(repeat->exp(), repeat->block(), true, scope, frame, stat);
  }
  if (auto* nfor = dynamic_cast<P::NumericForStatContext*>(stat)) return exec_numeric_for(nfor, scope, frame);
  if (auto* gfor = dynamic_cast<P::GenericForStatContext*>(stat)) return exec_generic_for(gfor, scope, frame);
  if (auto* fn = dynamic_cast<P::FunctionStatContext*>(stat)) {
    auto names = fn->funcName()->NAME();
    auto closure = std::make_shared<Closure>();
    closure->body = fn->funcBody();
    closure->scope = scope;
    closure->method = fn->funcName()->COLON() != nullptr;
    closure->name = fn->funcName()->getText();
    Value v;
    v.kind = Kind::Function;
    v.closure = closure;
    v.span = span_of(fn->funcName());
    std::string first = names[0]->getText();
    if (names.size() == 1) {
      if (auto cell = find_cell(first, scope)) {
        set_cell(cell, v);
      } else {
        table_set(globals_, string_value(first, v.span), v, v.span);
      }
      return Flow::Normal;
    }
    Value object = lookup(first, scope, span_of(names[0]));
    for (std::size_t i = 1; i + 1 < names.size(); ++i) {
      object = index(object, string_value(names[i]->getText(), span_of(names[i])), span_of(names[i]));
    }
    if (object.kind != Kind::Table) {
      not_analyzed(v.span, "`" + closure->name + "` is defined on " + describe(object) + "; it is not analyzed");
      return Flow::Normal;
    }
    table_set(object.table, string_value(names.back()->getText(), span_of(names.back())), v, v.span);
    return Flow::Normal;
  }
  if (auto* lfn = dynamic_cast<P::LocalFunctionStatContext*>(stat)) {
    declare(scope, lfn->NAME()->getText(), Value{}, span_of(lfn->NAME()));
    auto closure = std::make_shared<Closure>();
    closure->body = lfn->funcBody();
    closure->scope = scope;
    closure->name = lfn->NAME()->getText();
    Value v;
    v.kind = Kind::Function;
    v.closure = closure;
    v.span = span_of(lfn->NAME());
    scope->vars.back().second->value = v;
    return Flow::Normal;
  }
  return Flow::Normal;  // `;`
}

Flow Interpreter::assign(P::SuffixedExpContext* target, const Value& value, std::shared_ptr<Scope>& scope,
                         Frame& frame) {
  auto suffixes = target->suffix();
  if (suffixes.empty()) {
    auto* name = dynamic_cast<P::NameExpContext*>(target->primaryExp());
    if (name == nullptr) return Flow::Normal;  // `(x) = 1` is a syntax error, reported by the frontend
    std::string n = name->NAME()->getText();
    if (auto cell = find_cell(n, scope)) {
      set_cell(cell, value);
      if (value.kind == Kind::State && value.id >= 0) {
        auto& node = graph_.nodes[static_cast<std::size_t>(value.id)];
        if (node.variable.empty()) {
          node.variable = n;
          node.variable_span = span_of(name);
        }
      }
    } else {
      table_set(globals_, string_value(n, span_of(name)), value, span_of(name));
    }
    return Flow::Normal;
  }
  // a.b.c = v / a[k] = v: evaluate everything but the last suffix, then store.
  Value object;
  {
    // Evaluate the prefix by hand: the suffixed expression minus its last suffix.
    std::vector<Value> current;
    auto* primary = target->primaryExp();
    if (auto* name = dynamic_cast<P::NameExpContext*>(primary)) {
      object = lookup(name->NAME()->getText(), scope, span_of(name));
    } else if (auto* paren = dynamic_cast<P::ParenExpContext*>(primary)) {
      object = eval(paren->exp(), scope, frame);
    }
    for (std::size_t i = 0; i + 1 < suffixes.size(); ++i) {
      auto* s = suffixes[i];
      Span at = span_of(s);
      if (auto* field = dynamic_cast<P::FieldSuffixContext*>(s)) {
        object = index(object, string_value(field->NAME()->getText(), span_of(field->NAME())), at);
      } else if (auto* idx = dynamic_cast<P::IndexSuffixContext*>(s)) {
        object = index(object, eval(idx->exp(), scope, frame), at);
      } else if (auto* m = dynamic_cast<P::MethodSuffixContext*>(s)) {
        Value callee = method(object, m->NAME()->getText(), span_of(m->NAME()));
        std::vector<Value> args = eval_args(m->args(), scope, frame);
        args.insert(args.begin(), object);
        auto results = call(callee, std::move(args), span_of(target), span_of(m->NAME()));
        object = results.empty() ? nil_at(at) : results[0];
      } else if (auto* c = dynamic_cast<P::CallSuffixContext*>(s)) {
        auto results = call(object, eval_args(c->args(), scope, frame), span_of(target), span_of(primary));
        object = results.empty() ? nil_at(at) : results[0];
      }
      if (aborted_) return Flow::Abort;
    }
  }
  Value key;
  auto* last = suffixes.back();
  if (auto* field = dynamic_cast<P::FieldSuffixContext*>(last)) {
    key = string_value(field->NAME()->getText(), span_of(field->NAME()));
  } else if (auto* idx = dynamic_cast<P::IndexSuffixContext*>(last)) {
    key = eval(idx->exp(), scope, frame);
  } else {
    return Flow::Normal;  // assigning to a call: a syntax error
  }
  if (object.kind != Kind::Table) {
    if (object.kind == Kind::Unknown || object.kind == Kind::Choice) {
      not_analyzed(span_of(target), "assigns into " + describe(object) + "; this part is not analyzed");
    }
    return Flow::Normal;
  }
  if (key.kind == Kind::Unknown || key.kind == Kind::Choice || key.kind == Kind::Nil) {
    not_analyzed(span_of(target), "assigns to a table key that cannot be known here; this part is not analyzed");
    return Flow::Normal;
  }
  table_set(object.table, key, value, span_of(target));
  return Flow::Normal;
}

// if / elseif / else from clause `clause` on. A condition that cannot be known runs both ways: each path
// on its own (journaled, then undone), and afterwards every variable or table they changed holds the values
// of both. A path that ends in `return` or `error()` keeps no changes; the other path carries on.
Flow Interpreter::exec_if(P::IfStatContext* stat, std::size_t clause, std::shared_ptr<Scope>& scope, Frame& frame) {
  auto conditions = stat->exp();
  auto blocks = stat->block();
  if (clause >= conditions.size()) {
    if (blocks.size() > conditions.size()) {
      return exec_block(blocks.back(), make_scope(Scope{{}, scope}), frame);
    }
    return Flow::Normal;
  }
  Value condition = eval(conditions[clause], scope, frame);
  if (aborted_) return Flow::Abort;
  Truth t = truth(condition);
  if (t == Truth::True) return exec_block(blocks[clause], make_scope(Scope{{}, scope}), frame);
  if (t == Truth::False) return exec_if(stat, clause + 1, scope, frame);

  int exports_before = exports_on_path;
  Journal then_journal;
  journals_.push_back(&then_journal);
  Frame then_frame;
  then_frame.varargs = frame.varargs;
  Flow then_flow = exec_block(blocks[clause], make_scope(Scope{{}, scope}), then_frame);
  journals_.pop_back();
  raised_ = false;
  if (then_flow == Flow::Abort) return Flow::Abort;
  int exports_then = exports_on_path;
  // Undo the then-path, remembering what it left.
  std::vector<std::pair<std::shared_ptr<Cell>, Value>> then_cells;
  std::vector<std::pair<std::shared_ptr<Table>, std::vector<TableEntry>>> then_tables;
  for (auto& [cell, before] : then_journal.cells) {
    then_cells.emplace_back(cell, cell->value);
    cell->value = before;
  }
  for (auto& [table, before] : then_journal.tables) {
    then_tables.emplace_back(table, table->entries);
    table->entries = before;
  }
  exports_on_path = exports_before;

  Journal else_journal;
  journals_.push_back(&else_journal);
  Frame else_frame;
  else_frame.varargs = frame.varargs;
  Flow else_flow = exec_if(stat, clause + 1, scope, else_frame);
  journals_.pop_back();
  raised_ = false;
  if (else_flow == Flow::Abort) return Flow::Abort;
  int exports_else = exports_on_path;

  bool then_ends = then_flow == Flow::Return || then_flow == Flow::Error;
  bool else_ends = else_flow == Flow::Return || else_flow == Flow::Error;
  auto keep_returns = [&](Frame& path, Flow flow) {
    if (flow == Flow::Return) {
      frame.partial_returns.push_back(path.returns.empty() ? nil_at(span_of(stat)) : path.returns[0]);
    }
    for (auto& r : path.partial_returns) frame.partial_returns.push_back(r);
  };
  keep_returns(then_frame, then_flow);
  keep_returns(else_frame, else_flow);

  if (then_ends && else_ends) {
    // Both paths leave: the statement after the `if` is not reached on either.
    if (then_flow == Flow::Return || else_flow == Flow::Return) {
      frame.returns = {frame.partial_returns.back()};
      frame.partial_returns.pop_back();
      return Flow::Return;
    }
    raised_ = true;
    return Flow::Error;
  }
  if (then_ends) {
    exports_on_path = exports_else;  // the else-path's changes stay as they are
    for (auto& [cell, before] : then_journal.cells) {
      for (Journal* j : journals_) {
        if (std::none_of(j->cells.begin(), j->cells.end(), [&](const auto& e) { return e.first == cell; })) {
          j->cells.emplace_back(cell, before);
        }
      }
    }
    return else_flow;
  }
  if (else_ends) {
    // Put the then-path back.
    for (auto& [cell, value] : then_cells) set_cell(cell, value);
    for (auto& [table, entries] : then_tables) {
      for (Journal* j : journals_) {
        if (std::none_of(j->tables.begin(), j->tables.end(), [&](const auto& e) { return e.first == table; })) {
          j->tables.emplace_back(table, table->entries);
        }
      }
      table->entries = entries;
    }
    exports_on_path = exports_then;
    return then_flow;
  }
  // Both paths go on: merge.
  exports_on_path = std::max(exports_then, exports_else);
  for (auto& [cell, value] : then_cells) {
    Value else_value = cell->value;
    set_cell(cell, merge(value, else_value));
  }
  for (auto& [cell, before] : else_journal.cells) {
    bool in_then = std::any_of(then_cells.begin(), then_cells.end(), [&](const auto& e) { return e.first == cell; });
    if (!in_then) set_cell(cell, merge(before, cell->value));
  }
  for (auto& [table, entries] : then_tables) {
    // Fields set on the then-path: merge with what the else-path has now.
    for (const auto& entry : entries) {
      auto now = table_get(*table, entry.key);
      Value merged = now ? merge(entry.value, *now) : merge(entry.value, nil_at(entry.field));
      table_set(table, entry.key, merged, entry.field);
    }
  }
  if (then_flow == Flow::Break || else_flow == Flow::Break) {
    not_analyzed(span_of(conditions[clause]),
                 "a `break` depends on a condition that cannot be known here; the loop is followed as if it went on");
  }
  return Flow::Normal;
}

Flow Interpreter::exec_while(P::ExpContext* condition, P::BlockContext* body, bool repeat,
                             std::shared_ptr<Scope>& scope, Frame& frame, antlr4::ParserRuleContext* at) {
  LoopGuard guard(loop_, at);
  while (true) {
    if (!step(at)) return Flow::Abort;
    auto inner = make_scope(Scope{{}, scope});
    if (!repeat) {
      Truth t = truth(eval(condition, scope, frame));
      if (aborted_) return Flow::Abort;
      if (t == Truth::False) return Flow::Normal;
      if (t == Truth::Unknown) {
        not_analyzed(span_of(condition), "the loop condition cannot be known here; the loop is not analyzed");
        return Flow::Normal;
      }
    }
    Flow flow = exec_block(body, inner, frame);
    if (flow == Flow::Break) return Flow::Normal;
    if (flow != Flow::Normal) return flow;
    if (repeat) {
      Truth t = truth(eval(condition, inner, frame));
      if (aborted_) return Flow::Abort;
      if (t == Truth::True) return Flow::Normal;
      if (t == Truth::Unknown) {
        not_analyzed(span_of(condition), "the loop condition cannot be known here; the loop is followed once");
        return Flow::Normal;
      }
    }
  }
}

Flow Interpreter::exec_numeric_for(P::NumericForStatContext* stat, std::shared_ptr<Scope>& scope, Frame& frame) {
  LoopGuard guard(loop_, stat);
  auto exps = stat->exp();
  Value start = eval(exps[0], scope, frame), limit = eval(exps[1], scope, frame);
  Value increment = exps.size() > 2 ? eval(exps[2], scope, frame) : number(1, span_of(stat));
  if (aborted_) return Flow::Abort;
  if (start.kind != Kind::Number || limit.kind != Kind::Number || increment.kind != Kind::Number ||
      increment.number == 0) {
    not_analyzed(span_of(stat->NAME()), "the loop bounds cannot be known here; the loop is not analyzed");
    return Flow::Normal;
  }
  for (double i = start.number; increment.number > 0 ? i <= limit.number : i >= limit.number; i += increment.number) {
    if (!step(stat)) return Flow::Abort;
    auto inner = make_scope(Scope{{}, scope});
    declare(inner, stat->NAME()->getText(), number(i, span_of(stat->NAME())), span_of(stat->NAME()));
    Flow flow = exec_block(stat->block(), inner, frame);
    if (flow == Flow::Break) break;
    if (flow != Flow::Normal) return flow;
  }
  return Flow::Normal;
}

Flow Interpreter::exec_generic_for(P::GenericForStatContext* stat, std::shared_ptr<Scope>& scope, Frame& frame) {
  LoopGuard guard(loop_, stat);
  std::vector<Value> iter = eval_list(stat->expList(), scope, frame);
  if (aborted_) return Flow::Abort;
  auto names = stat->nameList()->NAME();
  bool known =
      iter.size() >= 2 && iter[0].kind == Kind::Builtin && iter[1].kind == Kind::Table &&
      (iter[0].id == static_cast<int>(Builtin::IpairsIterator) || iter[0].id == static_cast<int>(Builtin::Next));
  if (!known) {
    not_analyzed(span_of(stat->expList()),
                 "the loop iterates over something that cannot be known here; the loop is not analyzed");
    return Flow::Normal;
  }
  bool ipairs = iter[0].id == static_cast<int>(Builtin::IpairsIterator);
  std::vector<TableEntry> entries = iter[1].table->entries;  // a snapshot, as `next` would walk it
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (ipairs && (entries[i].key.kind != Kind::Number || entries[i].key.number != static_cast<double>(i + 1))) {
      // ipairs stops at the first missing index; find it by key rather than by position.
      auto v = table_get(*iter[1].table, number(static_cast<double>(i + 1), span_of(stat)));
      if (!v) break;
      entries[i] = {number(static_cast<double>(i + 1), span_of(stat)), *v, entries[i].field};
    }
    if (!step(stat)) return Flow::Abort;
    auto inner = make_scope(Scope{{}, scope});
    for (std::size_t n = 0; n < names.size(); ++n) {
      Value v = n == 0 ? entries[i].key : n == 1 ? entries[i].value : nil_at(span_of(names[n]));
      declare(inner, names[n]->getText(), v, span_of(names[n]));
    }
    Flow flow = exec_block(stat->block(), inner, frame);
    if (flow == Flow::Break) break;
    if (flow != Flow::Normal) return flow;
  }
  return Flow::Normal;
}

// --- expressions ----------------------------------------------------------------------------------------

std::vector<Value> Interpreter::eval_list(P::ExpListContext* list, std::shared_ptr<Scope>& scope, Frame& frame) {
  std::vector<Value> out;
  if (list == nullptr) return out;
  auto exps = list->exp();
  for (std::size_t i = 0; i < exps.size(); ++i) {
    if (i + 1 == exps.size()) {
      auto rest = eval_multi(exps[i], scope, frame);
      out.insert(out.end(), rest.begin(), rest.end());
    } else {
      out.push_back(eval(exps[i], scope, frame));
    }
    if (aborted_) break;
  }
  return out;
}

// Calls and `...` can yield several values; everything else one.
std::vector<Value> Interpreter::eval_multi(P::ExpContext* exp, std::shared_ptr<Scope>& scope, Frame& frame) {
  // `f()` keeps all its results; `(f())` and everything else yields one.
  if (auto* prefix = dynamic_cast<P::PrefixExpContext*>(exp);
      prefix != nullptr && !prefix->suffixedExp()->suffix().empty()) {
    return eval_suffixed(prefix->suffixedExp(), scope, frame);
  }
  if (dynamic_cast<P::VarargExpContext*>(exp) != nullptr) return frame.varargs;
  return {eval(exp, scope, frame)};
}

Value Interpreter::eval(P::ExpContext* exp, std::shared_ptr<Scope>& scope, Frame& frame) {
  Span at = span_of(exp);
  if (!step(exp)) return unknown("evaluation stopped", at);
  if (dynamic_cast<P::NilExpContext*>(exp) != nullptr) return nil_at(at);
  if (dynamic_cast<P::TrueExpContext*>(exp) != nullptr) return boolean(true, at);
  if (dynamic_cast<P::FalseExpContext*>(exp) != nullptr) return boolean(false, at);
  if (auto* n = dynamic_cast<P::NumberExpContext*>(exp)) return eval_number(n->NUMBER());
  if (auto* s = dynamic_cast<P::StringExpContext*>(exp)) return eval_string(s->stringLiteral());
  if (dynamic_cast<P::VarargExpContext*>(exp) != nullptr) {
    return frame.varargs.empty() ? nil_at(at) : frame.varargs[0];
  }
  if (auto* f = dynamic_cast<P::FunctionExpContext*>(exp)) {
    auto closure = std::make_shared<Closure>();
    closure->body = f->funcBody();
    closure->scope = scope;
    closure->name = "function";
    Value v;
    v.kind = Kind::Function;
    v.closure = closure;
    v.span = at;
    return v;
  }
  if (auto* p = dynamic_cast<P::PrefixExpContext*>(exp)) {
    auto values = eval_suffixed(p->suffixedExp(), scope, frame);
    return values.empty() ? nil_at(at) : values[0];
  }
  if (auto* t = dynamic_cast<P::TableExpContext*>(exp)) return eval_table(t->tableConstructor(), scope, frame);
  if (auto* u = dynamic_cast<P::UnaryExpContext*>(exp)) {
    Value v = eval(u->exp(), scope, frame);
    if (u->NOT() != nullptr) {
      Truth t = truth(v);
      return t == Truth::Unknown ? unknown("a condition", at) : boolean(t == Truth::False, at);
    }
    if (u->HASH() != nullptr) {
      if (v.kind == Kind::String && !v.str->variable) return number(static_cast<double>(v.str->text.size()), at);
      if (v.kind == Kind::Table) return number(static_cast<double>(v.table->array_size), at);
      return unknown("the length of " + describe(v), at);
    }
    return binary("-", number(0, at), v, at);
  }
  if (auto* a = dynamic_cast<P::AndExpContext*>(exp)) {
    Value left = eval(a->exp(0), scope, frame);
    Truth t = truth(left);
    if (t == Truth::False) return left;
    Value right = eval(a->exp(1), scope, frame);
    if (t == Truth::True) return right;
    return merge(left, right);
  }
  if (auto* o = dynamic_cast<P::OrExpContext*>(exp)) {
    Value left = eval(o->exp(0), scope, frame);
    Truth t = truth(left);
    if (t == Truth::True) return left;
    Value right = eval(o->exp(1), scope, frame);
    if (t == Truth::False) return right;
    // os.getenv("X") or "default": the way Luakit scripts spell a build argument. It reads as ${X:-default}.
    if (left.kind == Kind::String && left.str->maybe_nil && right.kind == Kind::String && !right.str->variable) {
      std::string name = left.str->text.substr(2, left.str->text.size() - 3);
      Value v = string_value("${" + name + ":-" + right.str->text + "}", at, true);
      return v;
    }
    return merge(left, right);
  }
  if (auto* c = dynamic_cast<P::ConcatExpContext*>(exp)) {
    return concat(eval(c->exp(0), scope, frame), eval(c->exp(1), scope, frame), at);
  }
  auto binary_of = [&](auto* ctx, std::string op) {
    return binary(op, eval(ctx->exp(0), scope, frame), eval(ctx->exp(1), scope, frame), at);
  };
  if (auto* m = dynamic_cast<P::MulExpContext*>(exp)) {
    return binary_of(m, m->STAR() ? "*" : m->SLASH() ? "/" : "%");
  }
  if (auto* ad = dynamic_cast<P::AddExpContext*>(exp)) return binary_of(ad, ad->PLUS() ? "+" : "-");
  if (auto* pw = dynamic_cast<P::PowerExpContext*>(exp)) return binary_of(pw, "^");
  if (auto* cmp = dynamic_cast<P::CompareExpContext*>(exp)) {
    std::string op = cmp->EQ() ? "==" : cmp->NE() ? "~=" : cmp->LT() ? "<" : cmp->GT() ? ">" : cmp->LE() ? "<=" : ">=";
    return binary_of(cmp, op);
  }
  return unknown("an expression", at);
}

Value Interpreter::binary(const std::string& op, const Value& a, const Value& b, const Span& at) {
  if (a.kind == Kind::Choice || b.kind == Kind::Choice) {
    const std::vector<Value> one_a{a}, one_b{b};
    const auto& as = a.kind == Kind::Choice ? *a.alternatives : one_a;
    const auto& bs = b.kind == Kind::Choice ? *b.alternatives : one_b;
    if (as.size() * bs.size() > limits_.max_alternatives) return unknown("too many alternatives", at);
    Value out;
    bool first = true;
    for (const auto& x : as) {
      for (const auto& y : bs) {
        Value r = binary(op, x, y, at);
        out = first ? r : merge(out, r);
        first = false;
      }
    }
    return out;
  }
  if (op == "==" || op == "~=") {
    bool undecidable = a.kind == Kind::Unknown || b.kind == Kind::Unknown ||
                       (a.kind == Kind::String && a.str->variable) || (b.kind == Kind::String && b.str->variable);
    if (undecidable) return unknown("a comparison with a value known only when the build runs", at);
    bool eq = same_value(a, b) || (a.kind == Kind::String && b.kind == Kind::String && a.str->text == b.str->text);
    return boolean(op == "==" ? eq : !eq, at);
  }
  auto as_number = [](const Value& v, double& out) {
    if (v.kind == Kind::Number) {
      out = v.number;
      return true;
    }
    return v.kind == Kind::String && !v.str->variable && is_number_text(v.str->text, out);
  };
  if (op == "<" || op == ">" || op == "<=" || op == ">=") {
    if (a.kind == Kind::String && b.kind == Kind::String && !a.str->variable && !b.str->variable) {
      int c = a.str->text.compare(b.str->text);
      return boolean(op == "<" ? c < 0 : op == ">" ? c > 0 : op == "<=" ? c <= 0 : c >= 0, at);
    }
    if (a.kind == Kind::Number && b.kind == Kind::Number) {
      double x = a.number, y = b.number;
      return boolean(op == "<" ? x < y : op == ">" ? x > y : op == "<=" ? x <= y : x >= y, at);
    }
    return unknown("a comparison of " + describe(a) + " with " + describe(b), at);
  }
  double x = 0, y = 0;
  if (!as_number(a, x) || !as_number(b, y)) return unknown("arithmetic on " + describe(a) + " and " + describe(b), at);
  if (op == "+") return number(x + y, at);
  if (op == "-") return number(x - y, at);
  if (op == "*") return number(x * y, at);
  if (op == "/") return number(x / y, at);
  if (op == "%") return number(y == 0 ? std::nan("") : x - std::floor(x / y) * y, at);
  return number(std::pow(x, y), at);
}

Value Interpreter::concat(const Value& a, const Value& b, const Span& at) {
  if (a.kind == Kind::Choice || b.kind == Kind::Choice) {
    const std::vector<Value> one_a{a}, one_b{b};
    const auto& as = a.kind == Kind::Choice ? *a.alternatives : one_a;
    const auto& bs = b.kind == Kind::Choice ? *b.alternatives : one_b;
    if (as.size() * bs.size() > limits_.max_alternatives) return unknown("too many alternatives", at);
    Value out;
    bool first = true;
    for (const auto& x : as) {
      for (const auto& y : bs) {
        Value r = concat(x, y, at);
        out = first ? r : merge(out, r);
        first = false;
      }
    }
    return out;
  }
  auto as_str = [&](const Value& v) -> std::shared_ptr<const Str> {
    if (v.kind == Kind::String) {
      if (!v.str->maybe_nil) return v.str;
      // os.getenv("X") without a default: ${X} (an unset variable would make Lua raise an error here).
      return string_value(v.str->text, v.span, true).str;
    }
    if (v.kind == Kind::Number) return string_value(number_text(v.number), v.span).str;
    return nullptr;
  };
  auto left = as_str(a), right = as_str(b);
  if (!left || !right) {
    if (a.kind == Kind::Unknown) return a;
    if (b.kind == Kind::Unknown) return b;
    return unknown("joining " + describe(a) + " and " + describe(b) + " with ..", at);
  }
  if (left->text.size() + right->text.size() > limits_.max_string_bytes) {
    not_analyzed(at, "a string grows past " + std::to_string(limits_.max_string_bytes) + " bytes; it is not analyzed");
    Value u = unknown("a string too long to follow", at);
    u.reported = true;
    return u;
  }
  auto s = std::make_shared<Str>();
  s->text = left->text + right->text;
  s->segments = left->segments;
  auto offset = static_cast<std::uint32_t>(left->text.size());
  for (auto seg : right->segments) {
    seg.text_begin += offset;
    s->segments.push_back(seg);
  }
  s->variable = left->variable || right->variable;
  Value v;
  v.kind = Kind::String;
  v.str = std::move(s);
  v.span = at;
  return v;
}

Value Interpreter::eval_number(antlr4::tree::TerminalNode* token) const {
  std::string text = token->getText();
  double value = 0;
  if (text.size() > 2 && (text[1] == 'x' || text[1] == 'X')) {
    value = static_cast<double>(std::strtoull(text.c_str() + 2, nullptr, 16));
  } else {
    value = std::strtod(text.c_str(), nullptr);
  }
  return number(value, span_of(token));
}

// A literal's value with each byte mapped to the file: plain runs map one to one, an escape maps to
// where the escape is written.
Value Interpreter::eval_string(P::StringLiteralContext* literal) const {
  auto* token = literal->getStart();
  std::string raw = token->getText();
  auto base = static_cast<std::uint32_t>(token->getStartIndex());
  auto s = std::make_shared<Str>();
  auto add = [&](std::string_view text, std::uint32_t file_offset, bool synthetic) {
    if (text.empty()) return;
    if (!synthetic && !s->segments.empty()) {
      auto& last = s->segments.back();
      if (!last.synthetic && last.file_begin + last.length == file_offset) {
        last.length += static_cast<std::uint32_t>(text.size());
        s->text += text;
        return;
      }
    }
    s->segments.push_back(
        {static_cast<std::uint32_t>(s->text.size()), file_offset, static_cast<std::uint32_t>(text.size()), synthetic});
    s->text += text;
  };
  if (token->getType() == gen::LuaLexer::LONG_STRING) {
    std::size_t open = raw.find('[', 1) + 1;
    std::size_t close = raw.size() - open;  // the closing bracket is as long as the opening one
    std::size_t begin = open;
    if (begin < close && raw[begin] == '\r') ++begin;
    if (begin < close && raw[begin] == '\n') ++begin;
    add(std::string_view(raw).substr(begin, close - begin), base + static_cast<std::uint32_t>(begin), false);
  } else {
    std::size_t i = 1, end = raw.size() - 1;
    while (i < end) {
      std::size_t run = i;
      while (run < end && raw[run] != '\\') ++run;
      add(std::string_view(raw).substr(i, run - i), base + static_cast<std::uint32_t>(i), false);
      if (run >= end) break;
      std::size_t at = run;
      char c = run + 1 < end ? raw[run + 1] : '\\';
      std::string decoded;
      std::size_t next = run + 2;
      switch (c) {
        case 'a': decoded = "\a"; break;
        case 'b': decoded = "\b"; break;
        case 'f': decoded = "\f"; break;
        case 'n': decoded = "\n"; break;
        case 'r': decoded = "\r"; break;
        case 't': decoded = "\t"; break;
        case 'v': decoded = "\v"; break;
        case '\n': decoded = "\n"; break;
        case '\r':
          decoded = "\n";
          if (next < end && raw[next] == '\n') ++next;
          break;
        case 'x': {
          decoded = std::string(1, static_cast<char>(std::strtol(raw.substr(run + 2, 2).c_str(), nullptr, 16)));
          next = run + 4;
          break;
        }
        case 'z': {
          while (next < end && (raw[next] == ' ' || raw[next] == '\n' || raw[next] == '\r' || raw[next] == '\t')) {
            ++next;
          }
          break;
        }
        default:
          if (c >= '0' && c <= '9') {
            std::size_t digits = run + 1;
            int code = 0;
            while (digits < end && digits < run + 4 && raw[digits] >= '0' && raw[digits] <= '9') {
              code = code * 10 + (raw[digits] - '0');
              ++digits;
            }
            decoded = std::string(1, static_cast<char>(code & 0xff));
            next = digits;
          } else {
            decoded = std::string(1, c);  // \\ \" \' and, as gopher-lua does, any other character
          }
      }
      add(decoded, base + static_cast<std::uint32_t>(at), true);
      i = next;
    }
  }
  Value v;
  v.kind = Kind::String;
  v.str = std::move(s);
  v.span = span_of(literal);
  return v;
}

Value Interpreter::eval_table(P::TableConstructorContext* ctor, std::shared_ptr<Scope>& scope, Frame& frame) {
  auto table = std::make_shared<Table>();
  Value v;
  v.kind = Kind::Table;
  v.table = table;
  v.span = span_of(ctor);
  if (ctor->fieldList() == nullptr) return v;
  auto fields = ctor->fieldList()->field();
  std::size_t position = 0;
  for (std::size_t f = 0; f < fields.size(); ++f) {
    auto* field = fields[f];
    Span fspan = span_of(field);
    if (table->entries.size() >= limits_.max_table_entries) {
      not_analyzed(fspan, "a table has more than " + std::to_string(limits_.max_table_entries) +
                              " entries; the rest is not analyzed");
      break;
    }
    if (auto* named = dynamic_cast<P::NamedFieldContext*>(field)) {
      Value key = string_value(named->NAME()->getText(), span_of(named->NAME()));
      Value value = eval(named->exp(), scope, frame);
      table->entries.push_back({key, value, fspan});
    } else if (auto* keyed = dynamic_cast<P::KeyedFieldContext*>(field)) {
      Value key = eval(keyed->exp(0), scope, frame);
      Value value = eval(keyed->exp(1), scope, frame);
      if (key.kind == Kind::Unknown || key.kind == Kind::Choice || key.kind == Kind::Nil) {
        not_analyzed(span_of(keyed->exp(0)), "a table key that cannot be known here; the field is not analyzed");
        continue;
      }
      table->entries.push_back({key, value, fspan});
    } else if (auto* positional = dynamic_cast<P::PositionalFieldContext*>(field)) {
      std::vector<Value> values;
      if (f + 1 == fields.size()) {
        values = eval_multi(positional->exp(), scope, frame);
      } else {
        values.push_back(eval(positional->exp(), scope, frame));
      }
      for (auto& value : values) {
        ++position;
        table->entries.push_back({number(static_cast<double>(position), fspan), value, fspan});
      }
    }
    if (aborted_) break;
  }
  // Positional entries first make the array part (a keyed [1] = x counts as well, as in Lua).
  std::stable_partition(table->entries.begin(), table->entries.end(),
                        [](const TableEntry& e) { return e.key.kind == Kind::Number; });
  std::size_t n = 0;
  while (n < table->entries.size()) {
    auto found = table_get(*table, number(static_cast<double>(n + 1), v.span));
    if (!found) break;
    ++n;
  }
  table->array_size = n;
  return v;
}

std::vector<Value> Interpreter::eval_args(P::ArgsContext* args, std::shared_ptr<Scope>& scope, Frame& frame) {
  if (args->tableConstructor() != nullptr) return {eval_table(args->tableConstructor(), scope, frame)};
  if (args->stringLiteral() != nullptr) return {eval_string(args->stringLiteral())};
  return eval_list(args->expList(), scope, frame);
}

std::vector<Value> Interpreter::eval_suffixed(P::SuffixedExpContext* exp, std::shared_ptr<Scope>& scope, Frame& frame) {
  Value current;
  auto* primary = exp->primaryExp();
  Span name_span = span_of(primary);
  if (auto* name = dynamic_cast<P::NameExpContext*>(primary)) {
    current = lookup(name->NAME()->getText(), scope, span_of(name));
  } else if (auto* paren = dynamic_cast<P::ParenExpContext*>(primary)) {
    current = eval(paren->exp(), scope, frame);
  }
  std::vector<Value> results{current};
  auto begin = static_cast<std::uint32_t>(exp->getStart()->getStartIndex());
  for (auto* s : exp->suffix()) {
    if (aborted_) return {unknown("evaluation stopped", span_of(s))};
    Value object = results.empty() ? nil_at(span_of(s)) : results[0];
    Span through = span(begin, span_of(s).end);
    if (auto* field = dynamic_cast<P::FieldSuffixContext*>(s)) {
      // A call through fields is named by the whole path, `bk.export`, `os.execute`.
      name_span = span(name_span.begin, span_of(field->NAME()).end);
      results = {index(object, string_value(field->NAME()->getText(), span_of(field->NAME())), through)};
    } else if (auto* idx = dynamic_cast<P::IndexSuffixContext*>(s)) {
      Value key = eval(idx->exp(), scope, frame);
      name_span = span_of(idx);
      results = {index(object, key, through)};
    } else if (auto* m = dynamic_cast<P::MethodSuffixContext*>(s)) {
      name_span = span_of(m->NAME());
      Value callee = method(object, m->NAME()->getText(), name_span);
      Span method_name = name_span;
      std::vector<Value> args = eval_args(m->args(), scope, frame);
      args.insert(args.begin(), object);
      Span call_span = span(method_name.begin, span_of(m).end);
      results = call(callee, std::move(args), call_span, method_name);
      name_span = method_name;
    } else if (auto* c = dynamic_cast<P::CallSuffixContext*>(s)) {
      std::vector<Value> args = eval_args(c->args(), scope, frame);
      Span call_span = span(name_span.begin, span_of(c).end);
      results = call(object, std::move(args), call_span, name_span);
    }
  }
  return results;
}

// --- calls ----------------------------------------------------------------------------------------------

std::vector<Value> Interpreter::call(const Value& callee, std::vector<Value> args, const Span& at, const Span& name) {
  if (aborted_) return {unknown("evaluation stopped", at)};
  if (callee.kind == Kind::Function) return call_closure(*callee.closure, args, at);
  if (callee.kind == Kind::Builtin) {
    auto which = static_cast<Builtin>(callee.id);
    if (which <= Builtin::WithMetadata) return call_bk(which, callee, args, at, name);
    return call_library(which, callee, args, at, name);
  }
  if (callee.kind == Kind::Choice) {
    not_analyzed(name,
                 "calls one of several functions, depending on a condition that cannot be known here; the "
                 "call is not analyzed");
    Value u = unknown("a call to one of several functions", at);
    u.reported = true;
    return {u};
  }
  if (callee.kind == Kind::Unknown) {
    Value u = callee;
    u.span = at;
    return {u};
  }
  if (callee.kind == Kind::Nil) {
    not_analyzed(name, "calls `" + std::string(file_.text().substr(name.begin, name.end - name.begin)) +
                           "`, which is nil here (a Lua error when the script runs); the call is not analyzed");
    Value u = unknown("a call to nil", at);
    u.reported = true;
    return {u};
  }
  return {unknown("a call to " + describe(callee), at)};
}

std::vector<Value> Interpreter::call_closure(const Closure& closure, std::vector<Value>& args, const Span& at) {
  if (depth_ >= limits_.max_call_depth) {
    not_analyzed(at, "function calls nest deeper than " + std::to_string(limits_.max_call_depth) +
                         " levels; this call is not analyzed");
    Value u = unknown("a call nested too deep", at);
    u.reported = true;
    return {u};
  }
  auto* body = static_cast<P::FuncBodyContext*>(closure.body);
  auto scope = make_scope(Scope{{}, closure.scope});
  std::size_t next = 0;
  if (closure.method) declare(scope, "self", next < args.size() ? args[next++] : Value{}, at);
  Frame frame;
  if (auto* params = body->parList()) {
    if (params->nameList() != nullptr) {
      for (auto* name : params->nameList()->NAME()) {
        declare(scope, name->getText(), next < args.size() ? args[next++] : nil_at(span_of(name)), span_of(name));
      }
    }
    if (params->ELLIPSIS() != nullptr) {
      for (; next < args.size(); ++next) frame.varargs.push_back(args[next]);
    }
  }
  ++depth_;
  Flow flow = exec_block(body->block(), scope, frame);
  --depth_;
  if (flow == Flow::Abort) return {unknown("evaluation stopped", at)};
  std::vector<Value> results = flow == Flow::Return ? frame.returns : std::vector<Value>{};
  if (!frame.partial_returns.empty()) {
    Value merged = results.empty() ? nil_at(at) : results[0];
    for (const auto& r : frame.partial_returns) merged = merge(r, merged);
    results = {merged};
  }
  return results;
}

std::vector<Value> Interpreter::call_library(Builtin which, const Value& callee, std::vector<Value>& args,
                                             const Span& at, const Span& name) {
  auto arg = [&](std::size_t i) { return i < args.size() ? args[i] : nil_at(at); };
  auto is_text = [](const Value& v) { return v.kind == Kind::String && !v.str->variable; };
  switch (which) {
    case Builtin::Removed: {
      if (facts_.sandbox_calls.size() < 200) {
        facts_.sandbox_calls.push_back(
            {callee.name,
             "`" + callee.name + "` is removed by the Luakit sandbox; calling it fails when the script runs", name});
      }
      Value u = unknown("a function the sandbox removes", at);
      u.reported = true;
      return {u};
    }
    case Builtin::MissingBk: {
      if (facts_.unknown_api.size() < 200) {
        bool method_call = callee.name.rfind("state:", 0) == 0;
        facts_.unknown_api.push_back(
            {callee.name,
             method_call ? "states have no method `" + callee.name.substr(6) + "`; Luakit raises \"unknown field\""
                         : "Luakit has no `" + callee.name + "`; calling it fails when the script runs",
             name});
      }
      Value u = unknown("an unknown bk function", at);
      u.reported = true;
      return {u};
    }
    case Builtin::Unsupported: {
      Value u = unknown("`" + callee.name + "` is not evaluated", at);
      return {u};
    }
    case Builtin::Getenv: {
      Value n = arg(0);
      if (!is_text(n)) return {unknown("os.getenv of a name that cannot be known here", at)};
      Value v = string_value("${" + n.str->text + "}", at, true);
      auto s = std::make_shared<Str>(*v.str);
      s->maybe_nil = true;
      v.str = s;
      return {v};
    }
    case Builtin::Tostring: {
      Value v = arg(0);
      if (v.kind == Kind::String) return {v};
      if (v.kind == Kind::Number) return {string_value(number_text(v.number), at)};
      if (v.kind == Kind::Boolean) return {string_value(v.boolean ? "true" : "false", at)};
      if (v.kind == Kind::Nil) return {string_value("nil", at)};
      return {unknown("tostring of " + describe(v), at)};
    }
    case Builtin::Tonumber: {
      Value v = arg(0);
      double n = 0;
      if (v.kind == Kind::Number) return {v};
      if (is_text(v)) return {is_number_text(v.str->text, n) ? number(n, at) : nil_at(at)};
      return {unknown("tonumber of " + describe(v), at)};
    }
    case Builtin::Type: {
      Value v = arg(0);
      static constexpr std::string_view names[] = {"nil",      "boolean",  "number",   "string", "table", "function",
                                                   "function", "userdata", "userdata", "table",  "",      ""};
      if (v.kind == Kind::Unknown || v.kind == Kind::Choice) return {unknown("the type of " + describe(v), at)};
      if (v.kind == Kind::String && v.str->maybe_nil) return {unknown("the type of an environment variable", at)};
      return {string_value(std::string(names[static_cast<int>(v.kind)]), at)};
    }
    case Builtin::Ipairs: return {builtin(Builtin::IpairsIterator, "ipairs"), arg(0), number(0, at)};
    case Builtin::Pairs: return {builtin(Builtin::Next, "next"), arg(0), nil_at(at)};
    case Builtin::Print: return {};
    case Builtin::Error: raised_ = true; return {};
    case Builtin::Assert:
      if (truth(arg(0)) == Truth::False) raised_ = true;
      return args;
    case Builtin::Select: {
      Value n = arg(0);
      if (is_text(n) && n.str->text == "#") return {number(static_cast<double>(args.size() - 1), at)};
      if (n.kind == Kind::Number && n.number >= 1) {
        auto first = static_cast<std::size_t>(std::min(n.number, 1e9));  // a cast out of range is undefined
        if (first < args.size())
          return std::vector<Value>(args.begin() + static_cast<std::ptrdiff_t>(first), args.end());
        return {};
      }
      return {unknown("select with an index that cannot be known here", at)};
    }
    case Builtin::Unpack: {
      Value t = arg(0);
      if (t.kind != Kind::Table) return {unknown("unpack of " + describe(t), at)};
      std::vector<Value> out;
      for (std::size_t i = 1; i <= t.table->array_size; ++i) {
        out.push_back(*table_get(*t.table, number(static_cast<double>(i), at)));
      }
      return out;
    }
    case Builtin::Require: {
      not_analyzed(at, "modules loaded with require are not evaluated; what this one adds is not analyzed");
      Value u = unknown("a module loaded with require", at);
      u.reported = true;
      return {u};
    }
    case Builtin::StringUpper:
    case Builtin::StringLower: {
      Value s = arg(0);
      if (!is_text(s)) return {unknown("a case change of " + describe(s), at)};
      std::string text = s.str->text;
      for (auto& ch : text) {
        ch = static_cast<char>(which == Builtin::StringUpper ? std::toupper(static_cast<unsigned char>(ch))
                                                             : std::tolower(static_cast<unsigned char>(ch)));
      }
      return {string_value(std::move(text), at)};
    }
    case Builtin::StringLen: {
      Value s = arg(0);
      if (!is_text(s)) return {unknown("the length of " + describe(s), at)};
      return {number(static_cast<double>(s.str->text.size()), at)};
    }
    case Builtin::StringRep: {
      Value s = arg(0), n = arg(1);
      if (!is_text(s) || n.kind != Kind::Number) return {unknown("string.rep of " + describe(s), at)};
      double count = std::min(std::max(0.0, n.number), static_cast<double>(limits_.max_string_bytes) + 1);
      if (s.str->text.empty()) return {string_value("", at)};
      if (count * static_cast<double>(s.str->text.size()) > static_cast<double>(limits_.max_string_bytes)) {
        not_analyzed(at,
                     "a string grows past " + std::to_string(limits_.max_string_bytes) + " bytes; it is not analyzed");
        Value u = unknown("a string too long to follow", at);
        u.reported = true;
        return {u};
      }
      std::string out;
      for (std::size_t i = 0; i < static_cast<std::size_t>(count); ++i) out += s.str->text;
      return {string_value(std::move(out), at)};
    }
    case Builtin::StringSub: {
      Value s = arg(0), i = arg(1), j = arg(2);
      if (!is_text(s) || i.kind != Kind::Number || (j.kind != Kind::Number && j.kind != Kind::Nil)) {
        return {unknown("string.sub of " + describe(s), at)};
      }
      auto len = static_cast<long long>(s.str->text.size());
      auto norm = [&](double v) {
        auto x = std::isnan(v) ? 0LL : static_cast<long long>(std::clamp(v, -1e15, 1e15));  // in range: no UB
        return x < 0 ? std::max(0LL, len + x + 1) : x;
      };
      long long from = std::max(1LL, norm(i.number)), to = j.kind == Kind::Nil ? len : std::min(len, norm(j.number));
      if (from > to) return {string_value("", at)};
      return {string_value(
          s.str->text.substr(static_cast<std::size_t>(from - 1), static_cast<std::size_t>(to - from + 1)), at)};
    }
    case Builtin::StringFormat: {
      Value f = arg(0);
      if (!is_text(f)) return {unknown("string.format with " + describe(f), at)};
      Value out = string_value("", at);
      std::size_t next = 1;
      const std::string& fmt = f.str->text;
      std::string literal;
      for (std::size_t i = 0; i < fmt.size(); ++i) {
        if (fmt[i] != '%' || i + 1 >= fmt.size()) {
          literal += fmt[i];
          continue;
        }
        char spec = fmt[++i];
        if (spec == '%') {
          literal += '%';
          continue;
        }
        if (spec != 's' && spec != 'd') return {unknown("string.format with %" + std::string(1, spec), at)};
        out = concat(out, string_value(literal, at), at);
        literal.clear();
        Value v = arg(next++);
        if (spec == 'd' && v.kind == Kind::Number) v = string_value(number_text(std::trunc(v.number)), v.span);
        out = concat(out, v, at);
      }
      return {concat(out, string_value(literal, at), at)};
    }
    case Builtin::TableInsert: {
      Value t = arg(0);
      if (t.kind != Kind::Table) return {unknown("table.insert into " + describe(t), at)};
      if (args.size() == 2) {
        table_set(t.table, number(static_cast<double>(t.table->array_size + 1), at), arg(1), at);
        return {};
      }
      return {unknown("table.insert at a position", at)};
    }
    case Builtin::TableConcat: {
      Value t = arg(0), sep = args.size() > 1 ? arg(1) : string_value("", at);
      if (t.kind != Kind::Table || sep.kind != Kind::String) return {unknown("table.concat of " + describe(t), at)};
      Value out = string_value("", at);
      for (std::size_t i = 1; i <= t.table->array_size; ++i) {
        if (i > 1) out = concat(out, sep, at);
        out = concat(out, *table_get(*t.table, number(static_cast<double>(i), at)), at);
      }
      return {out};
    }
    default: return {unknown("a call", at)};
  }
}

void evaluate_script(const SourceFile& file, gen::LuaParser::ChunkContext& chunk, BuildGraph& graph,
                     ir::LuakitScript& facts, const EvaluationLimits& limits) {
  Interpreter interpreter(file, graph, facts, limits);
  interpreter.run(chunk);
}

}  // namespace dlint::frontends::luakit
