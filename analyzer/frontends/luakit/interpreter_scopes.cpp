// Variables and tables: scopes, cells, indexing, method lookup, and the values of several paths merged.
#include "frontends/luakit/interpreter.hpp"

#include <algorithm>

#include "frontends/luakit/interpreter_support.hpp"

namespace dlint::frontends::luakit {

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

}  // namespace dlint::frontends::luakit
