#pragma once
// Walking every instruction of a build in source order, ONBUILD triggers included (they run in the image
// built FROM this one, but they are checked here, where they are written).
#include <cstddef>

#include "ir/build_definition.hpp"

namespace dlint::rules {

// Calls `visit(const ir::Op& op, std::size_t stage)` for each op of each stage and each ONBUILD trigger.
template <class Visit>
void for_each_op(const ir::BuildDefinition& build, Visit&& visit) {
  for (const auto& stage : build.stages) {
    for (const auto& op : stage.ops) {
      visit(op, stage.index);
      if (const auto* onbuild = op.as<ir::OnbuildOp>(); onbuild != nullptr && onbuild->trigger) {
        visit(*onbuild->trigger, stage.index);
      }
    }
  }
}

}  // namespace dlint::rules
