// Calls: to closures, to the bk API and to the Lua library.
#include "frontends/luakit/interpreter.hpp"

#include "frontends/luakit/interpreter_support.hpp"

namespace dlint::frontends::luakit {

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

}  // namespace dlint::frontends::luakit
