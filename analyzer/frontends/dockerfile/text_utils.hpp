#pragma once
// Small text helpers shared by the Dockerfile frontend.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "support/ascii_case.hpp"

namespace dlint::frontends::dockerfile {

// ASCII white space as Go's unicode.IsSpace sees it (the non-ASCII spaces are not treated specially).
inline bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

inline std::string to_lower(std::string_view text) {
  return ascii_lower(text);
}
using dlint::iequals;

// Decodes a JSON string token (quotes included) as Go's encoding/json does; nullopt if it is not one.
std::optional<std::string> decode_json_string(std::string_view token);

// Edit distance (a swap of neighbours counts as one edit), case-insensitive, for "did you mean".
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace dlint::frontends::dockerfile
