#pragma once
// Small helpers shared by the compose rules.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "ir/application.hpp"

namespace dlint::rules {

inline bool is_true(const std::optional<ir::BoolValue>& value) {
  return value && value->value;
}

inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

inline std::string quoted(std::string_view name) {
  return "`" + std::string(name) + "`";
}

}  // namespace dlint::rules
