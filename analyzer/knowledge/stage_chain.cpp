#include "knowledge/stage_chain.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace dlint::knowledge {

std::vector<std::size_t> stage_ancestry(const ir::BuildDefinition& build, std::size_t stage) {
  std::vector<std::size_t> chain;
  // A base stage is always an earlier one, so the walk ends; the bound guards against a malformed IR.
  while (stage < build.stages.size() && chain.size() <= build.stages.size()) {
    chain.push_back(stage);
    const auto& base = build.stages[stage].base_stage;
    if (!base || *base >= stage) break;
    stage = *base;
  }
  return chain;
}

std::vector<bool> final_image_stages(const ir::BuildDefinition& build, const ir::ImageConfig* image) {
  const bool known = image != nullptr && !image->stage_chain.empty();
  std::vector<bool> in_image(build.stages.size(), !known);
  if (known) {
    for (std::size_t index : image->stage_chain) {
      if (index < in_image.size()) in_image[index] = true;
    }
  }
  return in_image;
}

namespace {

// The stage a `--from=` value names when it is written in `stage`: an earlier stage's name or number.
std::optional<std::size_t> named_stage(const ir::BuildDefinition& build, std::string_view from, std::size_t stage) {
  if (auto index = build.stage_index(from, stage)) return index;
  if (from.empty() || from.size() > 4 || from.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  std::size_t number = std::stoul(std::string(from));
  if (number < stage) return number;
  return std::nullopt;
}

}  // namespace

std::vector<std::size_t> stage_dependencies(const ir::BuildDefinition& build, std::size_t stage) {
  std::vector<std::size_t> out;
  if (stage >= build.stages.size()) return out;
  const ir::Stage& current = build.stages[stage];
  if (current.base_stage && *current.base_stage < stage) out.push_back(*current.base_stage);
  for (const auto& op : current.ops) {
    if (op.kind == ir::OpKind::Copy || op.kind == ir::OpKind::Add) {
      const ir::Flag* from = op.flag("from");
      if (from && from->value) {
        if (auto index = named_stage(build, from->value->value, stage)) out.push_back(*index);
      }
    } else if (const auto* run = op.as<ir::RunOp>()) {
      for (const auto& mount : run->mounts) {
        if (auto from = mount.option("from")) {
          if (auto index = named_stage(build, *from, stage)) out.push_back(*index);
        }
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<bool> stages_for_target(const ir::BuildDefinition& build, std::size_t target) {
  std::vector<bool> needed(build.stages.size(), false);
  if (build.stages.empty()) return needed;
  if (target >= build.stages.size()) target = build.stages.size() - 1;
  std::vector<std::size_t> work{target};
  needed[target] = true;
  // Dependencies are always earlier stages, so the walk visits each stage at most once.
  while (!work.empty()) {
    std::size_t stage = work.back();
    work.pop_back();
    for (std::size_t dependency : stage_dependencies(build, stage)) {
      if (!needed[dependency]) {
        needed[dependency] = true;
        work.push_back(dependency);
      }
    }
  }
  return needed;
}

const ir::ImageRef& external_base(const ir::BuildDefinition& build, std::size_t stage) {
  auto chain = stage_ancestry(build, stage);
  return build.stages[chain.empty() ? stage : chain.back()].base;
}

}  // namespace dlint::knowledge
