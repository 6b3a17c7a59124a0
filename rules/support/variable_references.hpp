#pragma once
// Finding `$NAME` and `${NAME...}` references in Dockerfile words, as Docker's own substitution reads them
// (the file's escape character makes `\$` or `` `$ `` literal).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::rules {

struct VariableReference {
  std::string name;
  std::uint32_t offset = 0;   // of the '$' within the word
  std::uint32_t length = 0;   // of the whole reference
  bool has_fallback = false;  // ${NAME:-x}, ${NAME-x}, ${NAME:+x}, ${NAME+x}, ${NAME:?x}: unset is handled
};

std::vector<VariableReference> variable_references(std::string_view word, char escape = '\\');

}  // namespace dlint::rules
