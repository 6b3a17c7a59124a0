#pragma once
// A LABEL key or value as Docker stores it: surrounding quotes removed.
#include <string_view>

namespace dlint::rules {

inline std::string_view unquoted_label_text(std::string_view text) {
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front()) {
    return text.substr(1, text.size() - 2);
  }
  return text;
}

}  // namespace dlint::rules
