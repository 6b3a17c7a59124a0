#pragma once
// What dlint knows about shells and script interpreters: which programs are POSIX shells, which of them
// understand `-o pipefail`, and which interpreters run a program read from standard input.
#include <string_view>

namespace dlint::knowledge {

// sh, bash, dash, ash, zsh, ksh, mksh, yash, busybox (as `busybox sh`): shells that read POSIX sh.
bool is_posix_shell(std::string_view program);

// Shells known to accept `set -o pipefail` / `-o pipefail`. dash (Debian's /bin/sh) only gained it in
// 0.5.13, so plain `sh` and `dash` are not counted.
bool supports_pipefail(std::string_view program);

// Shells that do not read POSIX sh at all: PowerShell and cmd.
bool is_non_posix_shell(std::string_view program);

// Programs that execute a script given on standard input or as text: POSIX shells plus python, perl,
// ruby, node and php (versioned names like "python3.12" included).
bool is_script_interpreter(std::string_view program);

}  // namespace dlint::knowledge
