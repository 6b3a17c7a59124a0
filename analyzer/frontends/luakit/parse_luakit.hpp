#pragma once
// The Luakit frontend: build.lua -> ANTLR Lua parse tree -> static evaluation of the bk API ->
// ir::BuildDefinition (the exported stage last in its chain) plus the Luakit facts its rules read.
// Never throws and never runs the script; syntax errors are returned in BuildDefinition::errors.
#include <optional>

#include "ir/build_definition.hpp"
#include "ir/luakit_script.hpp"
#include "source/source_file.hpp"

namespace dlint::frontends {

struct LuakitParse {
  ir::BuildDefinition build;
  ir::LuakitScript script;
  std::optional<std::size_t> target;  // the exported stage
};

LuakitParse parse_luakit(const SourceFile& file);

}  // namespace dlint::frontends
