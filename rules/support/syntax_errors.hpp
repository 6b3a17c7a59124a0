#pragma once
// Whether an instruction was read with a syntax error: its arguments may then be split differently from
// what the author meant (`COPY --chown app /src /dst` takes `app` for a source), and rules that count or
// classify arguments stay quiet rather than add a second, misleading finding to COR001's.
#include <algorithm>

#include "ir/build_definition.hpp"

namespace dlint::rules {

inline bool has_syntax_error(const ir::BuildDefinition& build, const ir::Op& op) {
  return std::any_of(build.errors.begin(), build.errors.end(), [&](const ir::SyntaxError& error) {
    return error.span.begin >= op.span.begin && error.span.begin < op.span.end;
  });
}

}  // namespace dlint::rules
