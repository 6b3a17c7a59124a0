#pragma once
// The static evaluator for Luakit scripts: it interprets the parsed Lua far enough to know which bk.* calls
// the script makes - locals, tables, method chains, string concatenation, functions, loops with known
// bounds - without running anything. An `if` whose condition cannot be known runs both branches as
// alternatives (a variable set differently in each holds both values). What cannot be decided is recorded
// as "not analyzed" with its position, never guessed. Steps, call depth, string sizes and table sizes are
// bounded, so no script can hang or exhaust the process.
#include "frontends/luakit/build_graph.hpp"
#include "frontends/luakit/lua_tree.hpp"
#include "ir/luakit_script.hpp"
#include "source/source_file.hpp"

namespace dlint::frontends::luakit {

struct EvaluationLimits {
  std::size_t max_steps = 200000;
  std::size_t max_call_depth = 64;
  std::size_t max_string_bytes = 1u << 20;
  std::size_t max_table_entries = 10000;
  std::size_t max_states = 10000;
  std::size_t max_alternatives = 16;
};

void evaluate_script(const SourceFile& file, gen::LuaParser::ChunkContext& chunk, BuildGraph& graph,
                     ir::LuakitScript& facts, const EvaluationLimits& limits = {});

}  // namespace dlint::frontends::luakit
