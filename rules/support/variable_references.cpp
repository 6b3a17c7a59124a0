#include "rules/support/variable_references.hpp"

#include <cctype>

namespace dlint::rules {

std::vector<VariableReference> variable_references(std::string_view s, char escape) {
  std::vector<VariableReference> refs;
  bool in_single_quotes = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == escape) {
      ++i;
      continue;
    }
    if (c == '\'') in_single_quotes = !in_single_quotes;  // Docker does not substitute inside '...'
    if (c != '$' || in_single_quotes || i + 1 >= s.size()) continue;
    VariableReference ref;
    ref.offset = static_cast<std::uint32_t>(i);
    std::size_t j = i + 1;
    bool braced = s[j] == '{';
    if (braced) ++j;
    std::size_t name_start = j;
    while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
    if (j == name_start) continue;
    ref.name = std::string(s.substr(name_start, j - name_start));
    if (braced) {
      std::size_t close = s.find('}', j);
      if (close == std::string_view::npos) close = s.size() - 1;
      std::string_view modifier = s.substr(j, close - j);
      ref.has_fallback =
          !modifier.empty() && (modifier[0] == ':' || modifier[0] == '-' || modifier[0] == '+' || modifier[0] == '?');
      j = close + 1;
    }
    ref.length = static_cast<std::uint32_t>(j - i);
    refs.push_back(std::move(ref));
    i = j - 1;
  }
  return refs;
}

}  // namespace dlint::rules
