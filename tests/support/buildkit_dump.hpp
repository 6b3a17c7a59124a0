#pragma once
// Prints a BuildDefinition the way BuildKit's parser tests print their AST (parser.Node.Dump): one
// S-expression per instruction, e.g. `(copy ["--from=build"] "a" "/b")`, `(onbuild (run "echo" "x"))`.
// Strings are quoted as Go's strconv.Quote does. Used to compare with BuildKit's own `result` files.
#include <string>
#include <string_view>

#include "ir/build_definition.hpp"

namespace dlint::testing {

std::string go_quote(std::string_view text);
std::string buildkit_dump(const ir::BuildDefinition& build);

}  // namespace dlint::testing
