#pragma once
// The arguments of a bk call read into the IR: options tables checked against what a function takes,
// strings, lists, key/value tables, states, commands; and the nodes and ops a call adds to the build graph.
#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/luakit/interpreter.hpp"
#include "frontends/shell/parse_shell.hpp"
#include "support/edit_distance.hpp"

namespace dlint::frontends::luakit::bk {

struct Options {
  std::vector<const TableEntry*> entries;
  [[nodiscard]] const TableEntry* find(std::string_view name) const {
    for (const auto* e : entries) {
      if (e->key.str->text == name) return e;
    }
    return nullptr;
  }
};

class Api {
 public:
  Api(Interpreter& in, const Span& call, const Span& name) : in_(in), call_(call), name_(name) {}

  // The options table of `api`: keys it does not take are noted (with a suggestion when one is close).
  Options options(const Value& v, std::string_view api, const std::vector<std::string_view>& allowed,
                  std::string_view advice = {}) {
    Options out;
    if (v.kind == Kind::Nil) return out;
    if (v.kind != Kind::Table) {
      if (v.kind == Kind::Unknown || v.kind == Kind::Choice) {
        in_.unknown_reached(v, "the options of `" + std::string(api) + "`");
      } else {
        in_.not_analyzed(v.span, "the options of `" + std::string(api) + "` should be a table, not " + in_.describe(v) +
                                     "; they are not analyzed");
      }
      return out;
    }
    for (const auto& entry : v.table->entries) {
      if (entry.key.kind != Kind::String) continue;
      const std::string& key = entry.key.str->text;
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        std::string message = "`" + std::string(api) + "` has no option `" + key + "`";
        if (auto close = closest_match(key, allowed)) {
          message += "; did you mean `" + *close + "`?";
        } else if (!advice.empty()) {
          message += std::string("; ") + std::string(advice);
        }
        if (in_.facts().unknown_api.size() < 200) {
          in_.facts().unknown_api.push_back({std::string(api) + " option " + key, message, entry.key.span});
        }
        continue;
      }
      out.entries.push_back(&entry);
    }
    return out;
  }

  // A string (or number) argument as IR text; the span is the inside of the literal when it is one.
  std::optional<ir::Text> text(const Value& v, std::string_view what) {
    if (v.kind == Kind::String) {
      if (v.str->contiguous()) {
        const auto& seg = v.str->segments[0];
        return ir::Text{v.str->text, in_.span(seg.file_begin, seg.file_begin + seg.length)};
      }
      return ir::Text{v.str->text, v.span};
    }
    if (v.kind == Kind::Number) return ir::Text{number_text(v.number), v.span};
    if (v.kind == Kind::Unknown || v.kind == Kind::Choice) {
      in_.unknown_reached(v, std::string(what));
    } else {
      in_.not_analyzed(v.span,
                       std::string(what) + " should be a string, not " + in_.describe(v) + "; it is not analyzed");
    }
    return std::nullopt;
  }

  std::optional<ir::Text> option_text(const Options& o, std::string_view key, std::string_view api) {
    const auto* e = o.find(key);
    if (e == nullptr) return std::nullopt;
    return text(e->value, "`" + std::string(key) + "` of `" + std::string(api) + "`");
  }

  // A list of strings: a table's array part (or one string).
  std::vector<ir::Text> texts(const Value& v, std::string_view what) {
    std::vector<ir::Text> out;
    if (v.kind == Kind::String || v.kind == Kind::Number) {
      if (auto t = text(v, what)) out.push_back(*t);
      return out;
    }
    if (v.kind != Kind::Table) {
      text(v, what);
      return out;
    }
    for (const auto& entry : v.table->entries) {
      if (entry.key.kind != Kind::Number) continue;
      if (auto t = text(entry.value, what)) out.push_back(*t);
    }
    return out;
  }

  std::vector<ir::KeyValue> pairs(const Value& v, std::string_view what) {
    std::vector<ir::KeyValue> out;
    if (v.kind != Kind::Table) {
      text(v, what);
      return out;
    }
    for (const auto& entry : v.table->entries) {
      if (entry.key.kind != Kind::String) continue;
      ir::KeyValue kv;
      kv.key = ir::Text{entry.key.str->text, entry.key.span};
      if (auto value = text(entry.value, what)) kv.value = *value;
      kv.span = entry.field;
      out.push_back(std::move(kv));
    }
    return out;
  }

  // A state argument; a Choice of states (from an undecidable `if`) gives all of them.
  std::vector<int> states(const Value& v, std::string_view what) {
    if (v.kind == Kind::State) return {v.id};
    if (v.kind == Kind::Choice) {
      std::vector<int> out;
      for (const auto& alt : *v.alternatives) {
        if (alt.kind != Kind::State) {
          in_.unknown_reached(v, std::string(what));
          return {};
        }
        out.push_back(alt.id);
      }
      return out;
    }
    if (v.kind == Kind::Unknown) {
      in_.unknown_reached(v, std::string(what));
    } else {
      in_.not_analyzed(v.span,
                       std::string(what) + " should be a state, not " + in_.describe(v) + "; it is not analyzed");
    }
    return {};
  }

  ir::Command command(const Value& v) {
    ir::Command c;
    if (v.kind == Kind::String) {
      c.form = ir::Command::Form::Shell;
      c.shell_text = *text(v, "the command");
      c.source = v.str->mapped();
      c.script = frontends::parse_shell(in_.file(), c.source);
      c.span = c.shell_text.span;
    } else {
      c.form = ir::Command::Form::Exec;
      c.exec_args = texts(v, "an argument of the command");
      c.span = v.span;
    }
    return c;
  }

  Value state(int node) const {
    Value v;
    v.kind = node < 0 ? Kind::Unknown : Kind::State;
    v.id = node;
    v.name = "a state past the bounds";
    v.span = call_;
    v.reported = true;
    return v;
  }

  StateNode node(StateNode::Kind kind) const {
    StateNode n;
    n.kind = kind;
    n.span = call_;
    n.name_span = name_;
    return n;
  }

  ir::Op op(ir::OpKind kind, std::string keyword) const {
    ir::Op o;
    o.kind = kind;
    o.keyword = ir::Text{std::move(keyword), name_};
    o.span = call_;
    return o;
  }

  Value mount(ir::Mount::Type type, std::string type_name, std::vector<std::pair<std::string, std::string>> options,
              int state = -1) const {
    auto m = std::make_shared<MountValue>();
    m->mount.type = type;
    m->mount.type_name = std::move(type_name);
    m->mount.options = std::move(options);
    m->mount.span = call_;
    m->state = state;
    Value v;
    v.kind = Kind::Mount;
    v.mount = std::move(m);
    v.span = call_;
    return v;
  }

  // Options copied into a mount's fields, as `--mount=type=...,key=value` would spell them.
  void mount_fields(const Options& o, std::string_view api, std::vector<std::pair<std::string, std::string>>& out) {
    for (const auto* e : o.entries) {
      const std::string& key = e->key.str->text;
      if (e->value.kind == Kind::Boolean) {
        out.emplace_back(key, e->value.boolean ? "true" : "false");
      } else if (auto t = text(e->value, "`" + key + "` of `" + std::string(api) + "`")) {
        out.emplace_back(key, t->value);
      }
    }
  }

 private:
  Interpreter& in_;
  Span call_;
  Span name_;
};

inline ir::UserOp user_op(const ir::Text& spec) {
  ir::UserOp u;
  u.spec = spec;
  auto colon = spec.value.find(':');
  u.user = spec.value.substr(0, colon);
  if (colon != std::string::npos) u.group = spec.value.substr(colon + 1);
  return u;
}

// Argument `i` of a call, nil at the call when it is missing.
inline Value arg_at(const std::vector<Value>& args, std::size_t i, const Span& at) {
  if (i < args.size()) return args[i];
  Value v;
  v.span = at;
  return v;
}

}  // namespace dlint::frontends::luakit::bk
