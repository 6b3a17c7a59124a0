#pragma once
// The shell a RUN (or shell-form CMD/ENTRYPOINT) of a stage runs under: the last SHELL before it in its
// stage, else the shell its base stage ends with (FROM <stage> inherits it), else Docker's default
// ["/bin/sh", "-c"].
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "ir/build_definition.hpp"

namespace dlint::knowledge {

struct ShellInEffect {
  std::vector<std::string_view> argv = {"/bin/sh", "-c"};
  const ir::Op* instruction = nullptr;  // the SHELL that set it; null for Docker's default or a shebang
  std::size_t stage = 0;                // the stage holding that SHELL
  bool from_shebang = false;            // a `RUN <<EOF` body run by its own `#!` line

  [[nodiscard]] bool is_default() const { return instruction == nullptr && !from_shebang; }
  // The shell's name without directory ("bash"); through `/usr/bin/env bash` too.
  [[nodiscard]] std::string_view program() const;
  // Index in argv of the word program() came from.
  [[nodiscard]] std::size_t program_index() const;
  // True when the shell is started with `-o name` (or `-o` bundled with other letters: "-eo" "pipefail").
  [[nodiscard]] bool sets_option(std::string_view long_name) const;
  // True when the one-letter flag is given ("-e", "-eux"), or its long name with -o.
  [[nodiscard]] bool sets_flag(char letter, std::string_view long_name) const;
};

// The shell in effect for `op` of `stage` (`op` must be one of the stage's ops; null means after the
// last op, i.e. what a stage built FROM this one inherits).
ShellInEffect shell_in_effect(const ir::BuildDefinition& build, std::size_t stage, const ir::Op* op);

// The shell set by a SHELL instruction found in `stage`.
ShellInEffect shell_of(const ir::Op& shell_instruction, std::size_t stage);

// Docker's default shell for a stage with no SHELL: ["/bin/sh", "-c"], or ["cmd", "/S", "/C"] when the
// stage is built on a Windows image (or the file uses the backtick escape, as Windows Dockerfiles do).
// A `# hadolint shell=NAME` comment anywhere in the file names the default instead (pwsh and powershell
// get "-Command", cmd "/S /C", others "-c").
ShellInEffect default_shell(const ir::BuildDefinition& build, std::size_t stage);

// The shell named by a `# hadolint shell=NAME` comment, if the file has one.
std::optional<std::string_view> pragma_shell(const ir::BuildDefinition& build);

// mcr.microsoft.com/windows/..., .../nanoserver, .../servercore and the like.
bool is_windows_image(const ir::ImageRef& image);

// The interpreter named by a `#!` line (its words, e.g. {"/usr/bin/env", "bash", "-e"}) as a shell.
ShellInEffect shebang_shell(std::vector<std::string_view> argv);

}  // namespace dlint::knowledge
