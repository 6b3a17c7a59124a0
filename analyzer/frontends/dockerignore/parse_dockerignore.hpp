#pragma once
// .dockerignore text -> IgnoreFile: one IgnoreLine per pattern with its span, and the matcher Docker
// would build from them. Never fails: a pattern Docker rejects is kept, with its error on the matcher's
// pattern, so rules can report it.
#include "ir/build_context.hpp"
#include "source/source_file.hpp"

namespace dlint::frontends {

ir::IgnoreFile parse_dockerignore(const SourceFile& file);

}  // namespace dlint::frontends
