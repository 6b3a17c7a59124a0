#pragma once
// The Dockerfile frontend: text -> ANTLR parse tree -> ir::BuildDefinition. Never throws; syntax
// problems are returned in BuildDefinition::errors and every instruction that can be read is kept.
#include "ir/build_definition.hpp"
#include "source/source_file.hpp"

namespace dlint::frontends {

ir::BuildDefinition parse_dockerfile(const SourceFile& file);

}  // namespace dlint::frontends
