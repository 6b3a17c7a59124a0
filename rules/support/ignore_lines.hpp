#pragma once
// Questions about single .dockerignore lines that more than one rule asks.
#include <optional>
#include <string>

#include "context/ignore_pattern.hpp"
#include "ir/build_context.hpp"

namespace dlint::rules {

// Why no path of a context can match the cleaned pattern, if that is so.
inline std::optional<std::string> never_matches(const ir::IgnoreLine& line, const context::IgnorePattern& pattern) {
  const std::string& p = pattern.cleaned();
  if (p == ".")
    return "it names the context root itself, which is never matched (use `*` or `**` to exclude everything)";
  if (p == "/") return "`/` is the context root, which is never matched (use `*` or `**` to exclude everything)";
  if (p == ".." || p.starts_with("../")) return "it points outside the build context, which is never sent";
  if (line.pattern.front() == '#') {  // an indented '#': a comment would not be a line here
    return "it is a pattern for files whose names start with '#', not a comment: '#' starts a comment only in "
           "the first column";
  }
  return std::nullopt;
}

}  // namespace dlint::rules
