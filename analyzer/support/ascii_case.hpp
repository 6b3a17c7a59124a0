#pragma once
// ASCII case folding, for what compares without regard to case (instruction keywords, stage names,
// registry hosts, severities); the locale never matters.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace dlint {

inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

inline bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace dlint
