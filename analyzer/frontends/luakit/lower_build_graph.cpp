#include "frontends/luakit/lower_build_graph.hpp"

#include <algorithm>
#include <set>

namespace dlint::frontends::luakit {
namespace {

bool source_kind(StateNode::Kind kind) {
  return kind != StateNode::Kind::Op;
}

// Sources that are files rather than images: used by copies and mounts, a stage only when built upon.
bool file_source(StateNode::Kind kind) {
  return kind == StateNode::Kind::Local || kind == StateNode::Kind::Git || kind == StateNode::Kind::Http;
}

}  // namespace

std::optional<std::size_t> lower_build_graph(const BuildGraph& graph, ir::BuildDefinition& build,
                                             ir::LuakitScript& facts) {
  const auto& nodes = graph.nodes;
  std::vector<int> stage_of(nodes.size(), -1);
  std::vector<int> last_of_stage;   // per stage: its last node
  std::vector<int> first_of_stage;  // per stage: its first node

  auto ends_here = [&](int n) {
    const auto& node = nodes[static_cast<std::size_t>(n)];
    return node.children != 1 || node.referenced || node.exported;
  };

  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const auto& node = nodes[i];
    int n = static_cast<int>(i);
    if (source_kind(node.kind)) {
      if (file_source(node.kind) && node.children == 0 && !node.exported) continue;
    } else if (node.parent >= 0 && stage_of[static_cast<std::size_t>(node.parent)] >= 0 && !ends_here(node.parent)) {
      int s = stage_of[static_cast<std::size_t>(node.parent)];
      if (last_of_stage[static_cast<std::size_t>(s)] == node.parent) {
        stage_of[i] = s;
        last_of_stage[static_cast<std::size_t>(s)] = n;
        continue;
      }
    }
    stage_of[i] = static_cast<int>(last_of_stage.size());
    last_of_stage.push_back(n);
    first_of_stage.push_back(n);
  }

  // Stage names: the local the stage's result is bound to, else any local along it, else its number.
  std::vector<std::string> names(last_of_stage.size());
  std::vector<Span> name_spans(last_of_stage.size());
  std::set<std::string> taken;
  for (std::size_t s = 0; s < last_of_stage.size(); ++s) {
    for (int n = last_of_stage[s]; n >= 0; n = nodes[static_cast<std::size_t>(n)].parent) {
      const auto& node = nodes[static_cast<std::size_t>(n)];
      if (stage_of[static_cast<std::size_t>(n)] != static_cast<int>(s)) break;
      if (!node.variable.empty()) {
        names[s] = node.variable;
        name_spans[s] = node.variable_span;
        break;
      }
      if (source_kind(node.kind)) break;
    }
    if (names[s].empty() || taken.count(names[s]) != 0) {
      names[s] = (names[s].empty() ? "stage" : names[s]) + "-" + std::to_string(s);
    }
    taken.insert(names[s]);
  }
  auto stage_name_of = [&](int node) -> std::string {
    if (node < 0) return {};
    int s = stage_of[static_cast<std::size_t>(node)];
    if (s >= 0) return names[static_cast<std::size_t>(s)];
    const auto& n = nodes[static_cast<std::size_t>(node)];
    return n.ref.value;  // a file source: named by what it reads
  };

  for (std::size_t s = 0; s < last_of_stage.size(); ++s) {
    const auto& first = nodes[static_cast<std::size_t>(first_of_stage[s])];
    ir::Stage stage;
    stage.index = s;
    stage.span = first.span;
    stage.name = ir::Text{names[s], name_spans[s].valid() ? name_spans[s] : first.name_span};
    if (source_kind(first.kind)) {
      stage.keyword = ir::Text{"bk", first.name_span};
      stage.base_text = first.ref;
      switch (first.kind) {
        case StateNode::Kind::Image: stage.base = ir::ImageRef::parse(first.ref.value); break;
        case StateNode::Kind::Scratch: stage.base = ir::ImageRef::parse("scratch"); break;
        case StateNode::Kind::Merge:
          if (!first.inputs.empty() && stage_of[static_cast<std::size_t>(first.inputs[0])] >= 0) {
            stage.base_stage = static_cast<std::size_t>(stage_of[static_cast<std::size_t>(first.inputs[0])]);
          }
          break;
        default: break;  // diff, local, git, http: no image below
      }
      if (first.platform) stage.flags.push_back(ir::Flag{"platform", first.platform, first.platform->span});
    } else {
      // Built on an earlier state that ends its own stage: like `FROM <stage>`.
      int parent_stage = first.parent >= 0 ? stage_of[static_cast<std::size_t>(first.parent)] : -1;
      stage.keyword = ir::Text{first.op ? first.op->keyword.value : "state", first.name_span};
      stage.base_text = ir::Text{parent_stage >= 0 ? names[static_cast<std::size_t>(parent_stage)] : "", first.span};
      if (parent_stage >= 0) stage.base_stage = static_cast<std::size_t>(parent_stage);
    }
    build.stages.push_back(std::move(stage));
  }

  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const auto& node = nodes[i];
    if (stage_of[i] < 0 || !node.op) continue;
    ir::Op op = *node.op;
    if (node.copy_from >= 0) {
      const auto& from = nodes[static_cast<std::size_t>(node.copy_from)];
      // Copying from bk.local_("context") is Docker's plain COPY from the build context.
      bool context = from.kind == StateNode::Kind::Local && from.ref.value == "context";
      // Copying the root of a local source with an include list copies just those files, as
      // `COPY go.mod go.sum /src/` does.
      auto* copy = std::get_if<ir::CopyOp>(&op.detail);
      bool whole = copy != nullptr && copy->sources.size() == 1 &&
                   (copy->sources[0].value == "." || copy->sources[0].value == "./" || copy->sources[0].value == "/");
      if (from.kind == StateNode::Kind::Local && whole && !from.include.empty()) {
        copy->sources = from.include;
        op.args = from.include;
        op.args.push_back(copy->destination);
      }
      if (!context) {
        ir::Text value{stage_name_of(node.copy_from), from.name_span};
        op.flags.insert(op.flags.begin(), ir::Flag{"from", value, from.name_span});
      }
    }
    if (auto* run = std::get_if<ir::RunOp>(&op.detail)) {
      for (const auto& [index, state] : node.mount_states) {
        if (index < run->mounts.size()) run->mounts[index].options.emplace_back("from", stage_name_of(state));
      }
    }
    build.stages[static_cast<std::size_t>(stage_of[i])].ops.push_back(std::move(op));
  }

  for (const auto& node : nodes) {
    if (node.children == 0 && !node.referenced && !node.exported && facts.unused_states.size() < 200) {
      std::string what = node.variable.empty() ? "this state" : "`" + node.variable + "`";
      facts.unused_states.push_back(
          {node.variable, what + " is built but never exported, copied from, mounted or built upon", node.name_span});
    }
  }

  if (graph.exports.empty()) {
    facts.missing_export_at = facts.unused_states.empty() ? Span{} : facts.unused_states.back().span;
    return std::nullopt;
  }
  const ExportCall& exported = graph.exports.front();
  int target = stage_of[static_cast<std::size_t>(exported.state)];
  if (target < 0) return std::nullopt;
  auto& ops = build.stages[static_cast<std::size_t>(target)].ops;
  ops.insert(ops.end(), exported.config.begin(), exported.config.end());
  return static_cast<std::size_t>(target);
}

}  // namespace dlint::frontends::luakit
