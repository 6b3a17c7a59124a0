#pragma once
// Programs that make no sense in a RUN: they need a running system, a terminal or a person (service
// managers starting daemons, process viewers, editors, remote shells).
#include <string_view>

#include "ir/shell_script.hpp"

namespace dlint::knowledge {

// True when `command` (program found through wrappers) does something whose effect ends with the RUN
// or that waits for input a build never gives: `service nginx start`, `systemctl restart x`, `ps`,
// `top`, `vim file`, `shutdown`. Persistent configuration (`systemctl enable x`) and version or help
// queries (`mount --version`) are not counted.
bool pointless_in_build(const ir::SimpleCommand& command);

}  // namespace dlint::knowledge
