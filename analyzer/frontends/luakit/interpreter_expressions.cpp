// Expressions: operators, literals, table constructors, suffixed expressions.
#include "frontends/luakit/interpreter.hpp"

#include <cmath>
#include <cstdlib>

#include "frontends/luakit/interpreter_support.hpp"

namespace dlint::frontends::luakit {

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

template <class Op>
Value Interpreter::each_pair(const Value& a, const Value& b, const Span& at, Op op) {
  const std::vector<Value> one_a{a}, one_b{b};
  const auto& as = a.kind == Kind::Choice ? *a.alternatives : one_a;
  const auto& bs = b.kind == Kind::Choice ? *b.alternatives : one_b;
  if (as.size() * bs.size() > limits_.max_alternatives) return unknown("too many alternatives", at);
  Value out;
  bool first = true;
  for (const auto& x : as) {
    for (const auto& y : bs) {
      Value r = op(x, y);
      out = first ? r : merge(out, r);
      first = false;
    }
  }
  return out;
}

Value Interpreter::binary(const std::string& op, const Value& a, const Value& b, const Span& at) {
  if (a.kind == Kind::Choice || b.kind == Kind::Choice) {
    return each_pair(a, b, at, [&](const Value& x, const Value& y) { return binary(op, x, y, at); });
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
    return each_pair(a, b, at, [&](const Value& x, const Value& y) { return concat(x, y, at); });
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

}  // namespace dlint::frontends::luakit
