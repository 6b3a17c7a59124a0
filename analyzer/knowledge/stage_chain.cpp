#include "knowledge/stage_chain.hpp"

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

const ir::ImageRef& external_base(const ir::BuildDefinition& build, std::size_t stage) {
  auto chain = stage_ancestry(build, stage);
  return build.stages[chain.empty() ? stage : chain.back()].base;
}

}  // namespace dlint::knowledge
