#include "knowledge/byte_range.hpp"

#include <cstdio>

namespace dlint::knowledge {
namespace {

struct Unit {
  double divisor;
  const char* name;
};

Unit unit_for(std::uint64_t bytes) {
  if (bytes >= 1'000'000'000) return {1e9, "GB"};
  if (bytes >= 1'000'000) return {1e6, "MB"};
  if (bytes >= 1'000) return {1e3, "kB"};
  return {1, "B"};
}

std::string number(std::uint64_t bytes, const Unit& unit) {
  char buffer[32];
  double value = static_cast<double>(bytes) / unit.divisor;
  if (unit.divisor == 1 || value >= 100 || bytes == 0) {
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
  }
  return buffer;
}

}  // namespace

std::string format_bytes(std::uint64_t bytes) {
  Unit unit = unit_for(bytes);
  return number(bytes, unit) + " " + unit.name;
}

std::string format_range(const ByteRange& range) {
  if (range.exact()) return format_bytes(range.low);
  Unit unit = unit_for(range.high);
  std::string low = number(range.low, unit);
  std::string high = number(range.high, unit);
  if (low == high) return high + " " + unit.name;
  return low + "-" + high + " " + unit.name;
}

}  // namespace dlint::knowledge
