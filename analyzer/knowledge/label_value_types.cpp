#include "knowledge/label_value_types.hpp"

#include <cctype>
#include <regex>

namespace dlint::knowledge {
namespace {

bool matches(std::string_view value, const std::regex& pattern) {
  return std::regex_match(value.begin(), value.end(), pattern);
}

bool url(std::string_view v) {
  static const std::regex pattern(R"([A-Za-z][A-Za-z0-9+.-]*://[^\s/?#]+([/?#][^\s]*)?)");
  return matches(v, pattern);
}

bool semver(std::string_view v) {
  // semver.org's recommended expression.
  static const std::regex pattern(
      R"((0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-((0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(\+([0-9a-zA-Z-]+(\.[0-9a-zA-Z-]+)*))?)");
  return matches(v, pattern);
}

bool git_hash(std::string_view v) {
  static const std::regex pattern(R"([0-9a-f]{7,40}|[0-9a-f]{64})");
  return matches(v, pattern);
}

bool rfc3339(std::string_view v) {
  static const std::regex pattern(
      R"(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d))");
  return matches(v, pattern);
}

// An SPDX license expression: identifiers (or LicenseRef-...) joined by AND, OR, WITH, in parentheses.
bool spdx(std::string_view v) {
  static const std::regex id(R"([A-Za-z0-9][A-Za-z0-9.-]*\+?)");
  int depth = 0;
  bool want_id = true;
  std::size_t i = 0;
  while (i < v.size()) {
    if (v[i] == ' ') {
      ++i;
      continue;
    }
    if (v[i] == '(') {
      if (!want_id) return false;
      ++depth;
      ++i;
      continue;
    }
    if (v[i] == ')') {
      if (want_id || --depth < 0) return false;
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < v.size() && v[j] != ' ' && v[j] != '(' && v[j] != ')') ++j;
    std::string_view word = v.substr(i, j - i);
    if (word == "AND" || word == "OR" || word == "WITH") {
      if (want_id) return false;
      want_id = true;
    } else {
      if (!want_id || !matches(word, id)) return false;
      want_id = false;
    }
    i = j;
  }
  return !want_id && depth == 0;
}

bool email(std::string_view v) {
  static const std::regex pattern(
      R"([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+)");
  return matches(v, pattern);
}

}  // namespace

std::optional<std::string> label_value_problem(std::string_view type, std::string_view value) {
  if (value.size() > 512) return std::nullopt;  // std::regex recurses per character: leave huge values alone
  if (type == "url" && !url(value)) return "is not an absolute URL";
  if (type == "semver" && !semver(value)) return "is not a semantic version (MAJOR.MINOR.PATCH)";
  if (type == "hash" && !git_hash(value)) return "is not a git commit hash";
  if (type == "rfc3339" && !rfc3339(value)) return "is not an RFC 3339 timestamp";
  if (type == "spdx" && !spdx(value)) return "is not an SPDX license expression";
  if (type == "email" && !email(value)) return "is not an email address";
  return std::nullopt;
}

}  // namespace dlint::knowledge
