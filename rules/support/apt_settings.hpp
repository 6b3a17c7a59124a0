#pragma once
// apt configuration written into the image by the Dockerfile itself, e.g.
//   RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/00norecommends
//   COPY <<EOF /etc/apt/apt.conf.d/90assumeyes ...
// so that rules asking "does this apt-get call install recommends / prompt?" see the setting.
#include <string_view>

#include "ir/build_definition.hpp"
#include "ir/shell_script.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {

// True when, before `command` of `run`, the build sets apt item `name` (e.g. "APT::Install-Recommends")
// to the boolean `value`: in an earlier command of the same RUN, or in an earlier RUN or COPY heredoc of
// the stage or of the stages it inherits from.
bool apt_configured(const ir::BuildDefinition& build, const RunInstruction& run, const ir::SimpleCommand& command,
                    std::string_view name, bool value);

}  // namespace dlint::rules
