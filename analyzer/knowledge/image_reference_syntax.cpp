#include "knowledge/image_reference_syntax.hpp"

#include <cctype>

namespace dlint::knowledge {
namespace {

// `'text' rest`, built by appending (GCC 12 warns falsely about `"'" + std::string`).
std::string quoted(std::string_view text, std::string_view rest) {
  std::string out = "'";
  out.append(text);
  out.append("' ");
  out.append(rest);
  return out;
}

bool lower_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
bool alnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// [a-z0-9]+ ((\.|_|__|-+)[a-z0-9]+)*
bool path_component(std::string_view s) {
  if (s.empty() || !lower_alnum(s.front()) || !lower_alnum(s.back())) return false;
  for (std::size_t i = 0; i < s.size();) {
    if (lower_alnum(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && !lower_alnum(s[j])) ++j;
    std::string_view sep = s.substr(i, j - i);
    bool dashes = sep.find_first_not_of('-') == std::string_view::npos;
    if (!(sep == "." || sep == "_" || sep == "__" || dashes)) return false;
    i = j;
  }
  return true;
}

// host[:port], host components of letters, digits and inner dashes, joined by dots.
bool domain(std::string_view s) {
  auto colon = s.rfind(':');
  if (colon != std::string_view::npos) {
    std::string_view port = s.substr(colon + 1);
    if (port.empty() || port.find_first_not_of("0123456789") != std::string_view::npos) return false;
    s = s.substr(0, colon);
  }
  if (s.size() > 2 && s.front() == '[' && s.back() == ']') return true;  // IPv6 literal
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t dot = s.find('.', start);
    if (dot == std::string_view::npos) dot = s.size();
    std::string_view part = s.substr(start, dot - start);
    if (part.empty() || !alnum(part.front()) || !alnum(part.back())) return false;
    for (char c : part) {
      if (!alnum(c) && c != '-') return false;
    }
    start = dot + 1;
  }
  return true;
}

bool tag(std::string_view s) {
  if (s.empty() || s.size() > 128) return false;
  if (!(alnum(s[0]) || s[0] == '_')) return false;
  for (char c : s) {
    if (!(alnum(c) || c == '_' || c == '.' || c == '-')) return false;
  }
  return true;
}

bool digest(std::string_view s) {
  auto colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view hex = s.substr(colon + 1);
  if (hex.size() < 32) return false;
  for (char c : hex) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> image_reference_problem(std::string_view text) {
  if (text.empty()) return "the image name is empty";
  std::string_view name = text;
  if (auto at = name.find('@'); at != std::string_view::npos) {
    if (!digest(name.substr(at + 1))) return quoted(name.substr(at + 1), "is not a digest");
    name = name.substr(0, at);
  }
  auto slash = name.rfind('/');
  auto colon = name.rfind(':');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
    std::string_view t = name.substr(colon + 1);
    if (!tag(t)) return t.empty() ? std::string("the tag after ':' is empty") : quoted(t, "is not a valid tag");
    name = name.substr(0, colon);
  }
  if (name.empty()) return "the image name is empty";
  std::size_t start = 0;
  auto first_slash = name.find('/');
  if (first_slash != std::string_view::npos) {
    std::string_view first = name.substr(0, first_slash);
    if (first.find_first_of(".:") != std::string_view::npos || first == "localhost" ||
        first.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos) {
      if (!domain(first)) return quoted(first, "is not a registry host");
      start = first_slash + 1;
    }
  }
  while (start <= name.size()) {
    std::size_t next = name.find('/', start);
    if (next == std::string_view::npos) next = name.size();
    std::string_view part = name.substr(start, next - start);
    if (!path_component(part)) {
      if (part.empty()) return "the image name has an empty path component";
      return quoted(part, "is not a valid repository name (lower-case letters, digits, '.', '_', '-')");
    }
    start = next + 1;
  }
  return std::nullopt;
}

}  // namespace dlint::knowledge
