#pragma once
// Reporting the blockers of a WASI-portability assessment as findings (PORT001, PORT002).
#include <string>

#include "engine/rule.hpp"
#include "portability/verdict.hpp"

namespace dlint::rules {

// Reports each reason of `a` that is something to change (not a bridge reason, not a missing toolchain) at
// its span, the message after `prefix`. With `own_file`, reasons in other files (a manifest line) are left
// out; the verdict itself lists them.
void report_wasi_blockers(RuleContext& ctx, const portability::Assessment& a, const std::string& prefix, bool own_file);

}  // namespace dlint::rules
