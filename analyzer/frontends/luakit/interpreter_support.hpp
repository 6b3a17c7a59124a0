#pragma once
// Small helpers shared by the files of the Lua core (interpreter*.cpp): value constructors, the names of
// the library functions, and the loop marker.
#include <cstdlib>
#include <string>
#include <string_view>

#include "frontends/luakit/interpreter.hpp"

namespace dlint::frontends::luakit {

inline bool is_number_text(const std::string& text, double& out) {
  if (text.empty()) return false;
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  while (end != nullptr && (*end == ' ' || *end == '\t' || *end == '\n')) ++end;
  return end != nullptr && *end == '\0';
}

inline Value nil_at(const Span& at) {
  Value v;
  v.span = at;
  return v;
}

inline Value boolean(bool b, const Span& at) {
  Value v;
  v.kind = Kind::Boolean;
  v.boolean = b;
  v.span = at;
  return v;
}

inline Value number(double n, const Span& at) {
  Value v;
  v.kind = Kind::Number;
  v.number = n;
  v.span = at;
  return v;
}

inline Value builtin(Builtin which, std::string name) {
  Value v;
  v.kind = Kind::Builtin;
  v.id = static_cast<int>(which);
  v.name = std::move(name);
  return v;
}

inline Value module(Module which, std::string name) {
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

inline constexpr Named bk_functions[] = {
    {"image", Builtin::Image}, {"scratch", Builtin::Scratch},   {"local_", Builtin::Local},  {"git", Builtin::Git},
    {"http", Builtin::Http},   {"https", Builtin::Https},       {"merge", Builtin::Merge},   {"diff", Builtin::Diff},
    {"cache", Builtin::Cache}, {"secret", Builtin::Secret},     {"ssh", Builtin::Ssh},       {"tmpfs", Builtin::Tmpfs},
    {"bind", Builtin::Bind},   {"platform", Builtin::Platform}, {"export", Builtin::Export},
};

inline constexpr Named string_functions[] = {
    {"format", Builtin::StringFormat}, {"rep", Builtin::StringRep}, {"upper", Builtin::StringUpper},
    {"lower", Builtin::StringLower},   {"len", Builtin::StringLen}, {"sub", Builtin::StringSub},
};

inline constexpr Named global_functions[] = {
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

}  // namespace dlint::frontends::luakit
