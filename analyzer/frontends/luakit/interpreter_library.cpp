// The Lua library functions whose result can be known without running anything (string, table, os,
// tostring, pairs, ...).
#include "frontends/luakit/interpreter.hpp"

#include <algorithm>
#include <cmath>

#include "frontends/luakit/interpreter_support.hpp"

namespace dlint::frontends::luakit {

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

}  // namespace dlint::frontends::luakit
