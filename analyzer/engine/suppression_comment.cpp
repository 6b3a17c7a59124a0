#include "engine/suppression_comment.hpp"

#include <cctype>

namespace dlint {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Consumes `word` (then blanks) at the start of `s`, tracking the offset into the comment.
bool eat(std::string_view& s, std::uint32_t& offset, std::string_view word) {
  if (s.substr(0, word.size()) != word) return false;
  s.remove_prefix(word.size());
  offset += static_cast<std::uint32_t>(word.size());
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
    ++offset;
  }
  return true;
}

}  // namespace

std::optional<SuppressionComment> parse_suppression_comment(std::string_view comment) {
  std::string_view s = comment;
  std::uint32_t offset = 0;
  eat(s, offset, "");
  SuppressionComment result;
  if (eat(s, offset, "dlint")) {
    if (eat(s, offset, "ignore-file=")) {
      result.scope = SuppressionComment::Scope::File;
    } else if (!eat(s, offset, "ignore=")) {
      return std::nullopt;
    }
  } else if (eat(s, offset, "hadolint")) {
    if (eat(s, offset, "global")) result.scope = SuppressionComment::Scope::File;
    if (!eat(s, offset, "ignore=")) return std::nullopt;
  } else {
    return std::nullopt;
  }
  // Names run until whitespace: "ignore=DL3008,DL3015 because ..." keeps the reason out.
  std::size_t end = 0;
  while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end]))) ++end;
  std::string_view list = s.substr(0, end);
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view name = trim(list.substr(start, comma - start));
    if (!name.empty()) result.names.push_back({std::string(name), offset + static_cast<std::uint32_t>(start)});
    start = comma + 1;
  }
  return result;
}

CheckDirective parse_check_directive(std::string_view value) {
  CheckDirective result;
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t semi = value.find(';', start);
    if (semi == std::string_view::npos) semi = value.size();
    std::string_view part = trim(value.substr(start, semi - start));
    if (part.substr(0, 5) == "skip=") {
      std::string_view list = part.substr(5);
      std::size_t s = 0;
      while (s <= list.size()) {
        std::size_t comma = list.find(',', s);
        if (comma == std::string_view::npos) comma = list.size();
        std::string_view name = trim(list.substr(s, comma - s));
        if (!name.empty()) result.skip.emplace_back(name);
        s = comma + 1;
      }
    } else if (part == "error=true") {
      result.error = true;
    }
    start = semi + 1;
  }
  return result;
}

}  // namespace dlint
