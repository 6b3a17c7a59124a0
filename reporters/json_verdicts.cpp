// Shape: {name, kind: service|image, path, line, verdict: wasi|bridge|blocked, language, toolchain,
// reasons: [{kind, message, path, line}], size_estimate: {low_bytes, high_bytes} | null,
// startup_estimate_ms}. Estimates are for the side the verdict puts it on. Lines are 1-based (0: none).
#include "reporters/json_verdicts.hpp"

namespace dlint::reporters {

void write_verdict_json(JsonTextWriter& out, const portability::Assessment& a) {
  out.begin_object();
  out.member("name", a.name);
  out.member("kind", portability::assessed_kind_name(a.kind));
  out.member("path", a.path);
  out.member("line", a.line);
  out.member("verdict", portability::verdict_name(a.verdict));
  out.member("language", a.language);
  out.member("toolchain", a.toolchain);
  out.key("reasons");
  out.begin_array();
  for (const auto& r : a.reasons) {
    out.begin_object();
    out.member("kind", knowledge::blocker_class_name(r.kind));
    out.member("message", r.message);
    out.member("path", r.path);
    out.member("line", r.line);
    out.end_object();
  }
  out.end_array();
  out.key("size_estimate");
  const auto& estimate = a.estimate();
  if (estimate.size) {
    out.begin_object();
    out.member("low_bytes", estimate.size->low);
    out.member("high_bytes", estimate.size->high);
    out.end_object();
  } else {
    out.null();
  }
  out.member("startup_estimate_ms", estimate.startup_ms);
  out.end_object();
}

}  // namespace dlint::reporters
