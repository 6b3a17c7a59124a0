#pragma once
// The evaluator's machinery, shared by the Lua core (interpreter*.cpp) and the bk API (bk_api.cpp).
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/luakit/build_graph.hpp"
#include "frontends/luakit/evaluator.hpp"
#include "frontends/luakit/lua_tree.hpp"
#include "frontends/luakit/values.hpp"
#include "ir/luakit_script.hpp"
#include "source/source_file.hpp"

namespace dlint::frontends::luakit {

using P = gen::LuaParser;

enum class Builtin : int {
  // bk.*
  Image,
  Scratch,
  Local,
  Git,
  Http,
  Https,
  Merge,
  Diff,
  Cache,
  Secret,
  Ssh,
  Tmpfs,
  Bind,
  Platform,
  Export,
  // state methods
  Run,
  Copy,
  Mkdir,
  Mkfile,
  Rm,
  Symlink,
  WithMetadata,
  // the Lua library, as far as it is evaluated
  Getenv,
  Tostring,
  Tonumber,
  Type,
  Ipairs,
  Pairs,
  IpairsIterator,
  Next,
  Print,
  Error,
  Assert,
  Select,
  Unpack,
  Require,
  StringFormat,
  StringRep,
  StringUpper,
  StringLower,
  StringLen,
  StringSub,
  TableInsert,
  TableConcat,
  // functions the Luakit sandbox removes, unknown bk functions, and library functions not evaluated
  Removed,
  MissingBk,
  Unsupported,
};

enum class Module : int { Bk, Os, Io, String, Table, Math };

enum class Flow : std::uint8_t { Normal, Break, Return, Error, Abort };

// Tri-state truthiness: a condition that depends on what the script cannot know here.
enum class Truth : std::uint8_t { False, True, Unknown };

struct Frame {
  std::vector<Value> returns;
  std::vector<Value> partial_returns;  // returns taken on one path of an undecidable `if`
  std::vector<Value> varargs;
};

class Interpreter {
 public:
  Interpreter(const SourceFile& file, BuildGraph& graph, ir::LuakitScript& facts, const EvaluationLimits& limits);
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;
  void run(P::ChunkContext& chunk);

  // --- used by the bk API -----------------------------------------------------------------------------
  const SourceFile& file() const { return file_; }
  BuildGraph& graph() { return graph_; }
  ir::LuakitScript& facts() { return facts_; }
  const EvaluationLimits& limits() const { return limits_; }
  Span span(std::uint32_t begin, std::uint32_t end) const;
  Span span_of(antlr4::ParserRuleContext* ctx) const;
  Span span_of(antlr4::tree::TerminalNode* node) const;
  void not_analyzed(const Span& at, std::string message);
  // Reports an Unknown (or undecidable Choice) value that reached a bk call, once.
  void unknown_reached(const Value& value, std::string_view where);
  Value unknown(std::string reason, const Span& at) const;
  Value string_value(std::string text, const Span& at, bool variable = false) const;
  int add_state(StateNode node);
  Truth truth(const Value& value) const;
  std::string describe(const Value& value) const;
  int exports_on_path = 0;

  // Implemented in bk_api.cpp.
  std::vector<Value> call_bk(Builtin which, const Value& callee, std::vector<Value>& args, const Span& call,
                             const Span& name);
  // Implemented in bk_state_methods.cpp; `which` is a state method, `args[0]` its receiver.
  std::vector<Value> call_state_method(Builtin which, const Value& callee, std::vector<Value>& args, const Span& call,
                                       const Span& name);

 private:
  struct Journal {
    std::vector<std::pair<std::shared_ptr<Cell>, Value>> cells;                      // cell, value before
    std::vector<std::pair<std::shared_ptr<Table>, std::vector<TableEntry>>> tables;  // table, entries before
  };

  bool step(antlr4::ParserRuleContext* at);
  Flow exec_block(P::BlockContext* block, std::shared_ptr<Scope> scope, Frame& frame);
  Flow exec_stat(P::StatContext* stat, std::shared_ptr<Scope>& scope, Frame& frame);
  Flow exec_if(P::IfStatContext* stat, std::size_t clause, std::shared_ptr<Scope>& scope, Frame& frame);
  Flow exec_numeric_for(P::NumericForStatContext* stat, std::shared_ptr<Scope>& scope, Frame& frame);
  Flow exec_generic_for(P::GenericForStatContext* stat, std::shared_ptr<Scope>& scope, Frame& frame);
  Flow exec_while(P::ExpContext* condition, P::BlockContext* body, bool repeat, std::shared_ptr<Scope>& scope,
                  Frame& frame, antlr4::ParserRuleContext* at);
  Flow assign(P::SuffixedExpContext* target, const Value& value, std::shared_ptr<Scope>& scope, Frame& frame);

  std::vector<Value> eval_multi(P::ExpContext* exp, std::shared_ptr<Scope>& scope, Frame& frame);
  Value eval(P::ExpContext* exp, std::shared_ptr<Scope>& scope, Frame& frame);
  std::vector<Value> eval_list(P::ExpListContext* list, std::shared_ptr<Scope>& scope, Frame& frame);
  std::vector<Value> eval_suffixed(P::SuffixedExpContext* exp, std::shared_ptr<Scope>& scope, Frame& frame);
  std::vector<Value> eval_args(P::ArgsContext* args, std::shared_ptr<Scope>& scope, Frame& frame);
  Value eval_table(P::TableConstructorContext* ctor, std::shared_ptr<Scope>& scope, Frame& frame);
  Value eval_string(P::StringLiteralContext* literal) const;
  Value eval_number(antlr4::tree::TerminalNode* token) const;
  Value binary(const std::string& op, const Value& a, const Value& b, const Span& at);
  Value concat(const Value& a, const Value& b, const Span& at);
  // `op` over every pair of alternatives of `a` and `b` (either a Choice), the results merged.
  template <class Op>
  Value each_pair(const Value& a, const Value& b, const Span& at, Op op);

  std::vector<Value> call(const Value& callee, std::vector<Value> args, const Span& call, const Span& name);
  std::vector<Value> call_closure(const Closure& closure, std::vector<Value>& args, const Span& call);
  std::vector<Value> call_library(Builtin which, const Value& callee, std::vector<Value>& args, const Span& call,
                                  const Span& name);
  Value index(const Value& object, const Value& key, const Span& at);
  Value method(const Value& receiver, const std::string& name, const Span& at);
  Value lookup(const std::string& name, const std::shared_ptr<Scope>& scope, const Span& at);
  std::shared_ptr<Cell> find_cell(const std::string& name, const std::shared_ptr<Scope>& scope) const;
  void set_cell(const std::shared_ptr<Cell>& cell, Value value);
  void table_set(const std::shared_ptr<Table>& table, const Value& key, Value value, const Span& at);
  void declare(const std::shared_ptr<Scope>& scope, const std::string& name, Value value, const Span& at);
  Value merge(const Value& a, const Value& b) const;

  const SourceFile& file_;
  BuildGraph& graph_;
  ir::LuakitScript& facts_;
  EvaluationLimits limits_;
  std::size_t steps_ = 0;
  std::size_t depth_ = 0;
  bool aborted_ = false;
  bool raised_ = false;
  antlr4::ParserRuleContext* loop_ =
      nullptr;  // the innermost loop being run  // error() or a failed assert(): the current path ends
  std::shared_ptr<Table> globals_;
  // Every scope the evaluation made. A closure holds its scope and a scope holds the closures stored in it
  // (a recursive local function): shared_ptr cycles, which the destructor breaks by emptying the scopes
  // still alive.
  std::vector<std::weak_ptr<Scope>> scopes_;
  std::shared_ptr<Scope> make_scope(Scope scope);
  std::vector<Journal*> journals_;
  std::set<std::uint32_t> reported_;  // offsets that already have a not-analyzed finding
};

bool same_value(const Value& a, const Value& b);
std::optional<Value> table_get(const Table& table, const Value& key);
std::string number_text(double number);

}  // namespace dlint::frontends::luakit
