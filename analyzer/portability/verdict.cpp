#include "portability/verdict.hpp"

namespace dlint::portability {

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::Wasi: return "wasi";
    case Verdict::Bridge: return "bridge";
    case Verdict::Blocked: return "blocked";
  }
  return "";
}

std::string_view assessed_kind_name(AssessedKind kind) {
  return kind == AssessedKind::Service ? "service" : "image";
}

}  // namespace dlint::portability
