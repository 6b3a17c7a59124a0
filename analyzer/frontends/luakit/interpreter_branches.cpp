// `if` whose condition cannot be known: both paths run under a journal, then their changes are merged.
#include "frontends/luakit/interpreter.hpp"

#include <algorithm>

#include "frontends/luakit/interpreter_support.hpp"

namespace dlint::frontends::luakit {

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

}  // namespace dlint::frontends::luakit
