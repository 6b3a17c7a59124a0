// Shape: {name, kind: service|image, path, line, verdict: wasi|bridge|blocked, language, toolchain,
// reasons: [{kind, message, path, line}], size_estimate: {low_bytes, high_bytes} | null,
// startup_estimate_ms}. Estimates are for the side the verdict puts it on. Lines are 1-based (0: none).
#include "reporters/json_verdicts.hpp"

namespace dlint::reporters {

nlohmann::ordered_json verdict_json(const portability::Assessment& a) {
  using nlohmann::ordered_json;
  ordered_json entry;
  entry["name"] = a.name;
  entry["kind"] = std::string(portability::assessed_kind_name(a.kind));
  entry["path"] = a.path;
  entry["line"] = a.line;
  entry["verdict"] = std::string(portability::verdict_name(a.verdict));
  entry["language"] = a.language;
  entry["toolchain"] = a.toolchain;
  ordered_json reasons = ordered_json::array();
  for (const auto& r : a.reasons) {
    reasons.push_back({{"kind", std::string(knowledge::blocker_class_name(r.kind))},
                       {"message", r.message},
                       {"path", r.path},
                       {"line", r.line}});
  }
  entry["reasons"] = std::move(reasons);
  const auto& estimate = a.estimate();
  if (estimate.size) {
    entry["size_estimate"] = {{"low_bytes", estimate.size->low}, {"high_bytes", estimate.size->high}};
  } else {
    entry["size_estimate"] = nullptr;
  }
  entry["startup_estimate_ms"] = estimate.startup_ms;
  return entry;
}

}  // namespace dlint::reporters
