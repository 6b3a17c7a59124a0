#pragma once
// The shell frontend: the POSIX-sh text of a RUN / CMD / ENTRYPOINT / HEALTHCHECK (or a heredoc body)
// -> ANTLR parse tree -> ir::ShellScript. Never throws; what cannot be parsed is reported in
// ShellScript::errors and the commands read so far are kept. Spans are mapped back to the file.
#include "ir/shell_script.hpp"
#include "source/source_file.hpp"
#include "source/text_map.hpp"

namespace dlint::frontends {

ir::ShellScript parse_shell(const SourceFile& file, const MappedText& text);

}  // namespace dlint::frontends
