// Statements: blocks, assignments, loops, function definitions.
#include "frontends/luakit/interpreter.hpp"

#include "frontends/luakit/interpreter_support.hpp"

namespace dlint::frontends::luakit {

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

}  // namespace dlint::frontends::luakit
