#pragma once
// Hands the shell-form commands of a lowered Dockerfile to the shell frontend, so every RUN / CMD /
// ENTRYPOINT / HEALTHCHECK CMD (ONBUILD triggers included) carries its parsed ShellScript.
#include "ir/build_definition.hpp"
#include "source/source_file.hpp"

namespace dlint::frontends::dockerfile {

void parse_command_scripts(const SourceFile& file, ir::BuildDefinition& build);

}  // namespace dlint::frontends::dockerfile
