#pragma once
// The LLB-like graph a Luakit script builds, as the static evaluator records it: every state (image,
// scratch, local context, git, http, merge, diff, or an operation on an earlier state) with the
// operation already lowered to an ir::Op, and the bk.export calls. lower_build_graph turns it into stages.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ir/build_definition.hpp"

namespace dlint::frontends::luakit {

struct StateNode {
  enum class Kind : std::uint8_t { Image, Scratch, Local, Git, Http, Merge, Diff, Op };
  Kind kind = Kind::Op;
  int parent = -1;           // Kind::Op: the state the operation applies to
  std::vector<int> inputs;   // Merge / Diff: the states combined
  std::optional<ir::Op> op;  // Kind::Op: the lowered operation; nullopt when it could not be decided
  int copy_from = -1;        // a copy's source state
  std::vector<std::pair<std::size_t, int>> mount_states;  // RunOp mount index -> state it mounts
  ir::Text ref;                                           // Image: the reference; Local: the name; Git / Http: the URL
  std::optional<ir::Text> platform;                       // bk.image(ref, {platform = ...})
  std::vector<ir::Text> include;                          // Local: its include patterns
  Span span;             // the call that made the state (function or method name to ')')
  Span name_span;        // the function or method name
  std::string variable;  // the local it was first bound to, for stage names
  Span variable_span;
  int children = 0;         // operations applied to it
  bool referenced = false;  // copied from, mounted, merged, diffed
  bool exported = false;
};

struct ExportCall {
  int state = -1;
  std::vector<ir::Op> config;  // ENV / LABEL / USER / WORKDIR / EXPOSE / ENTRYPOINT / CMD from the options
  Span span;
};

struct BuildGraph {
  std::vector<StateNode> nodes;
  std::vector<ExportCall> exports;  // in evaluation order; the first one gives the image
};

}  // namespace dlint::frontends::luakit
