#include "rules/support/wasi_blockers.hpp"

#include "source/source_file.hpp"

namespace dlint::rules {
namespace {

using knowledge::BlockerClass;

// The classes that are something to change. Stateful and infrastructure images are bridges by design,
// and a missing toolchain has no token to point at.
bool actionable(BlockerClass kind) {
  return kind != BlockerClass::Stateful && kind != BlockerClass::Infrastructure && kind != BlockerClass::NoToolchain;
}

}  // namespace

void report_wasi_blockers(RuleContext& ctx, const portability::Assessment& a, const std::string& prefix,
                          bool own_file) {
  for (const auto& reason : a.reasons) {
    if (!actionable(reason.kind) || reason.span.start.line == 0) continue;
    // A manifest line (requirements.txt, ...) has no span in the input; the verdict itself lists it.
    if (own_file && reason.span.file != ctx.file().id()) continue;
    ctx.report(reason.span, prefix + reason.message + " (" + std::string(knowledge::blocker_class_name(reason.kind)) +
                                "; blocks a WASI component)");
  }
}

}  // namespace dlint::rules
