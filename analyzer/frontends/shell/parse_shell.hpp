#pragma once
// The shell frontend: the POSIX-sh text of a RUN / CMD / ENTRYPOINT / HEALTHCHECK (or a heredoc body)
// -> ANTLR parse tree -> ir::ShellScript. Never throws; what cannot be parsed is reported in
// ShellScript::errors and the commands read so far are kept. Spans are mapped back to the file.
#include "ir/shell_script.hpp"
#include "source/source_file.hpp"
#include "source/text_map.hpp"

namespace dlint::frontends {

ir::ShellScript parse_shell(const SourceFile& file, const MappedText& text);

// The same for a text on its own: spans are byte ranges of `text`, with no file and no line or column.
// parse_shell keeps these results for texts it has seen and places a copy's spans in the file.
ir::ShellScript parse_shell_text(std::string_view text);

}  // namespace dlint::frontends
