#include "engine/severity.hpp"
#include "support/ascii_case.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace dlint {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
    case Severity::Style: return "style";
  }
  return "warning";
}

std::optional<Severity> parse_severity(std::string_view name) {
  std::string lower = ascii_lower(name);
  if (lower == "error") return Severity::Error;
  if (lower == "warning" || lower == "warn") return Severity::Warning;
  if (lower == "info" || lower == "note") return Severity::Info;
  if (lower == "style") return Severity::Style;
  return std::nullopt;
}

}  // namespace dlint
