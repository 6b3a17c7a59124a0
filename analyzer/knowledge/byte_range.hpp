#pragma once
// A size that may be uncertain: the smallest and largest number of bytes it can plausibly be.
#include <cstdint>
#include <string>

namespace dlint::knowledge {

struct ByteRange {
  std::uint64_t low = 0;
  std::uint64_t high = 0;

  static ByteRange exact(std::uint64_t bytes) { return {bytes, bytes}; }
  [[nodiscard]] bool exact() const { return low == high; }
  ByteRange& operator+=(const ByteRange& other) {
    low += other.low;
    high += other.high;
    return *this;
  }
  friend ByteRange operator+(ByteRange a, const ByteRange& b) { return a += b; }
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

// Sizes as Docker shows them: MB = 10^6 bytes. "0 B", "812 kB", "74.8 MB", "1.2 GB".
std::string format_bytes(std::uint64_t bytes);
// "74.8 MB" when exact, else "120-180 MB" (both ends in the larger unit when they differ).
std::string format_range(const ByteRange& range);

}  // namespace dlint::knowledge
