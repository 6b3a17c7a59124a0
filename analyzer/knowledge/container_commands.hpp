#pragma once
// Programs that make no sense in a RUN: they need a running system, a terminal or a person (service
// managers, process viewers, editors, remote shells).
#include <string_view>

namespace dlint::knowledge {

// True for free, kill, mount, ps, service, shutdown, ssh, top, vim, ... : what they do or show ends
// with the RUN, or they wait for input that a build never gives.
bool pointless_in_build(std::string_view program);

}  // namespace dlint::knowledge
