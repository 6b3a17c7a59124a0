// Shape: {name, kind: service|image, path, line, verdict: wasi|bridge|blocked, language, toolchain,
// reasons: [{kind, message, path, line}], size_estimate: {low_bytes, high_bytes} | null,
// startup_estimate_ms}. Estimates are for the side the verdict puts it on. Lines are 1-based (0: none).
#include "reporters/json_verdicts.hpp"

namespace dlint::reporters {

void write_verdict_json(JsonTextWriter& out, const portability::Assessment& a) {
  out.begin_object();
  out.key("name");
  out.value(a.name);
  out.key("kind");
  out.value(portability::assessed_kind_name(a.kind));
  out.key("path");
  out.value(a.path);
  out.key("line");
  out.value(a.line);
  out.key("verdict");
  out.value(portability::verdict_name(a.verdict));
  out.key("language");
  out.value(a.language);
  out.key("toolchain");
  out.value(a.toolchain);
  out.key("reasons");
  out.begin_array();
  for (const auto& r : a.reasons) {
    out.begin_object();
    out.key("kind");
    out.value(knowledge::blocker_class_name(r.kind));
    out.key("message");
    out.value(r.message);
    out.key("path");
    out.value(r.path);
    out.key("line");
    out.value(r.line);
    out.end_object();
  }
  out.end_array();
  out.key("size_estimate");
  const auto& estimate = a.estimate();
  if (estimate.size) {
    out.begin_object();
    out.key("low_bytes");
    out.value(estimate.size->low);
    out.key("high_bytes");
    out.value(estimate.size->high);
    out.end_object();
  } else {
    out.null();
  }
  out.key("startup_estimate_ms");
  out.value(estimate.startup_ms);
  out.end_object();
}

}  // namespace dlint::reporters
