#pragma once
// What the base image of a stage says about its userland.
#include <cstddef>

#include "ir/build_definition.hpp"

namespace dlint::rules {

// True when the stage is built, directly or through other stages, on an image whose name says it is
// Alpine or BusyBox based ("alpine", "node:20-alpine", "busybox"): its wget, tar, ... are BusyBox's.
bool busybox_userland(const ir::BuildDefinition& build, std::size_t stage);

}  // namespace dlint::rules
