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

namespace {

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.';
}

// A comma-separated list of names starting at `s` (blanks allowed around the commas, as hadolint allows);
// the list ends at the first blank not followed by a comma, so a reason may follow.
void read_names(std::string_view s, std::uint32_t offset, SuppressionComment& result) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t begin = i;
    while (i < s.size() && name_char(s[i])) ++i;
    if (i > begin)
      result.names.push_back({std::string(s.substr(begin, i - begin)), offset + static_cast<std::uint32_t>(begin)});
    std::size_t j = i;
    while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
    if (j >= s.size() || s[j] != ',') return;
    ++j;
    while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
    i = j;
  }
}

bool digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
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
    result.tool = SuppressionComment::Tool::Hadolint;
    if (eat(s, offset, "global")) {
      result.scope = SuppressionComment::Scope::File;
    } else if (eat(s, offset, "stage")) {
      result.scope = SuppressionComment::Scope::Stage;
    }
    if (!eat(s, offset, "ignore=")) return std::nullopt;
  } else if (s.substr(0, 13) == "trivy:ignore:") {
    result.tool = SuppressionComment::Tool::Trivy;
    s.remove_prefix(13);
    offset += 13;
  } else if (s.substr(0, 13) == "checkov:skip=") {
    result.tool = SuppressionComment::Tool::Checkov;
    result.scope = SuppressionComment::Scope::File;
    s.remove_prefix(13);
    offset += 13;
    // `CKV_DOCKER_3:reason`: one id, then an optional reason after ':'.
    s = s.substr(0, s.find(':'));
  } else {
    return std::nullopt;
  }
  read_names(s, offset, result);
  return result;
}

std::string_view foreign_rule_alias(std::string_view name) {
  if (name.size() > 4 && (name.substr(0, 4) == "AVD-" || name.substr(0, 4) == "avd-")) name.remove_prefix(4);
  return name;
}

bool foreign_code_shape(SuppressionComment::Tool tool, std::string_view name) {
  switch (tool) {
    case SuppressionComment::Tool::Dlint: return false;
    case SuppressionComment::Tool::Hadolint:
      return name.size() == 6 && (name.substr(0, 2) == "SC" || name.substr(0, 2) == "DL") && digits(name.substr(2));
    case SuppressionComment::Tool::Trivy: {
      name = foreign_rule_alias(name);
      if (name.substr(0, 3) == "DS-") return digits(name.substr(3));
      return name.substr(0, 2) == "DS" && digits(name.substr(2));
    }
    case SuppressionComment::Tool::Checkov:
      if (name.substr(0, 11) == "CKV_DOCKER_") return digits(name.substr(11));
      return name.substr(0, 12) == "CKV2_DOCKER_" && digits(name.substr(12));
  }
  return false;
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
