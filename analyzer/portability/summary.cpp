#include "portability/summary.hpp"

#include <algorithm>

namespace dlint::portability {

MigrationSummary summarize(const std::vector<Assessment>& assessments) {
  MigrationSummary out;
  for (const auto& a : assessments) {
    SideTotal& side = a.verdict == Verdict::Wasi ? out.wasi : out.docker;
    const SideEstimate& estimate = a.estimate();
    ++side.count;
    if (estimate.size) {
      side.size += *estimate.size;
    } else {
      side.size_complete = false;
    }
    side.startup_ms = std::max(side.startup_ms, estimate.startup_ms);
    if (a.verdict == Verdict::Bridge) ++out.bridge;
    if (a.verdict == Verdict::Blocked) ++out.blocked;
  }
  if (out.docker.count == 0 && out.wasi.count > 0) {
    out.recommendation = Recommendation::PureWasi;
  } else if (out.wasi.count > 0) {
    out.recommendation = Recommendation::Hybrid;
  } else {
    out.recommendation = Recommendation::StayOnDocker;
  }
  return out;
}

std::string recommendation_text(const MigrationSummary& s) {
  std::string wasi = std::to_string(s.wasi.count) + " WASI";
  std::string docker = std::to_string(s.docker.count) + " Docker";
  switch (s.recommendation) {
    case Recommendation::PureWasi: return "Pure WASI (" + wasi + ")";
    case Recommendation::Hybrid: return "Hybrid mode (" + wasi + " + " + docker + ")";
    case Recommendation::StayOnDocker: return "Stay on Docker (" + docker + ")";
  }
  return "";
}

std::string format_duration_ms(std::uint32_t ms) {
  if (ms < 1000) return std::to_string(ms) + "ms";
  if (ms % 1000 == 0) return std::to_string(ms / 1000) + "s";
  std::uint32_t tenths = (ms + 50) / 100;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "s";
}

}  // namespace dlint::portability
