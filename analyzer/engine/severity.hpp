#pragma once
#include <optional>
#include <string_view>

namespace dlint {

// Ordered from most to least severe; a failure threshold of `Warning` fails on errors and warnings.
enum class Severity : unsigned char { Error = 0, Warning = 1, Info = 2, Style = 3 };

std::string_view severity_name(Severity severity);              // "error", "warning", "info", "style"
std::optional<Severity> parse_severity(std::string_view name);  // case-insensitive; "none" is not one
inline bool at_or_above(Severity s, Severity threshold) {
  return static_cast<int>(s) <= static_cast<int>(threshold);
}

}  // namespace dlint
