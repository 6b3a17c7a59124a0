#include "rules/support/stage_base.hpp"

#include "knowledge/stage_chain.hpp"

namespace dlint::rules {

bool busybox_userland(const ir::BuildDefinition& build, std::size_t stage) {
  const auto& base = build.stages[knowledge::stage_ancestry(build, stage).back()].base_text.value;
  return base.find("alpine") != std::string::npos || base.find("busybox") != std::string::npos;
}

}  // namespace dlint::rules
