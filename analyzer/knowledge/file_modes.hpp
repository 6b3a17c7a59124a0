#pragma once
// Reading file permission modes as chmod, mkdir -m, install -m and COPY --chmod take them: octal
// ("0777", "1777") or symbolic ("o+w", "a=rwx,u+s").
#include <string_view>

namespace dlint::knowledge {

// True when the mode makes files writable by every user. A mode that also sets the sticky bit ("1777",
// "a+rwxt"), the way /tmp is shared, is not counted: only owners can remove their files there. Symbolic
// clauses without a "who" ("+w") follow the umask, which keeps others out, and are not counted either.
bool world_writable_mode(std::string_view mode);

// The programs whose option sets a mode ("mkdir -m 777", "install --mode=777"), and chmod, whose first
// operand is the mode: true when `option` of `program` takes a mode.
bool takes_mode_option(std::string_view program, std::string_view option);

}  // namespace dlint::knowledge
