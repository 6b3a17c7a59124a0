#include "frontends/luakit/parse_luakit.hpp"

#include "frontends/luakit/evaluator.hpp"
#include "frontends/luakit/lower_build_graph.hpp"
#include "frontends/luakit/lua_tree.hpp"

namespace dlint::frontends {
namespace {

using P = luakit::gen::LuaParser;

// An expression standing alone must be a call (Lua's "syntax error near ..."); the grammar accepts any
// suffixed expression there, so it is checked here, over the whole tree (its depth is bounded by LuaTree).
void check_statements(const SourceFile& file, antlr4::tree::ParseTree* tree, ir::BuildDefinition& build,
                      std::size_t depth = 0) {
  if (tree == nullptr || depth > 4096) return;
  if (auto* call = dynamic_cast<P::CallStatContext*>(tree)) {
    auto suffixes = call->suffixedExp()->suffix();
    bool is_call = !suffixes.empty() && (dynamic_cast<P::CallSuffixContext*>(suffixes.back()) != nullptr ||
                                         dynamic_cast<P::MethodSuffixContext*>(suffixes.back()) != nullptr);
    if (!is_call) {
      auto begin = static_cast<std::uint32_t>(call->getStart()->getStartIndex());
      auto end = static_cast<std::uint32_t>(call->getStop()->getStopIndex() + 1);
      build.errors.push_back(
          {"this expression stands alone; a Lua statement here must be a call or an "
           "assignment",
           file.span(begin, std::max(begin, end))});
    }
  }
  for (auto* child : tree->children) check_statements(file, child, build, depth + 1);
}

}  // namespace

LuakitParse parse_luakit(const SourceFile& file) {
  LuakitParse out;
  luakit::LuaTree tree(file.text());
  for (const auto& e : tree.errors()) out.build.errors.push_back({e.message, file.span(e.begin, e.end)});
  for (const auto& c : tree.comments()) out.build.comments.push_back({c.text, file.span(c.begin, c.end)});
  if (tree.root() == nullptr || !tree.errors().empty()) return out;
  check_statements(file, tree.root(), out.build);
  if (!out.build.errors.empty()) return out;

  luakit::BuildGraph graph;
  luakit::evaluate_script(file, *tree.root(), graph, out.script);
  out.script.parsed = true;
  out.target = luakit::lower_build_graph(graph, out.build, out.script);
  return out;
}

}  // namespace dlint::frontends
