#pragma once
// The migration summary over the assessments of one application (or one image): how many land on each
// side, what to do (pure WASI, hybrid, stay on Docker), and the estimated start-up and size of both sides.
// Containers and components start in parallel, so a side's start-up is its slowest member; sizes add up.
#include <cstddef>
#include <string>
#include <vector>

#include "knowledge/byte_range.hpp"
#include "portability/verdict.hpp"

namespace dlint::portability {

enum class Recommendation : unsigned char { PureWasi, Hybrid, StayOnDocker };

struct SideTotal {
  std::size_t count = 0;
  knowledge::ByteRange size;
  bool size_complete = true;  // false: some member's size is not known, so `size` is a lower bound
  std::uint32_t startup_ms = 0;
};

struct MigrationSummary {
  Recommendation recommendation = Recommendation::StayOnDocker;
  SideTotal wasi;
  SideTotal docker;  // bridges and blocked services
  std::size_t bridge = 0;
  std::size_t blocked = 0;
};

MigrationSummary summarize(const std::vector<Assessment>& assessments);

// "Pure WASI (3 WASI)", "Hybrid mode (2 WASI + 2 Docker)", "Stay on Docker (2 Docker)".
std::string recommendation_text(const MigrationSummary& summary);

// "10ms", "500ms", "5s", "1.5s".
std::string format_duration_ms(std::uint32_t ms);

}  // namespace dlint::portability
