#pragma once
// Bounds that keep any input, however hostile, from crashing or hanging the process.
#include <cstddef>

namespace dlint::limits {

inline constexpr std::size_t max_file_bytes = 8u * 1024u * 1024u;  // larger files are rejected with an error
inline constexpr std::size_t max_nesting = 128;  // subshells, $(...), if/for bodies, JSON/YAML nesting
inline constexpr std::size_t max_instructions = 100000;
inline constexpr std::size_t max_heredocs_per_instruction = 64;
inline constexpr std::size_t max_ignore_patterns = 10000;  // .dockerignore patterns kept; the rest are dropped
// Pattern tests a context walk may spend (entries x patterns); a walk with more patterns sees fewer entries.
inline constexpr std::size_t max_ignore_tests = 20'000'000;

}  // namespace dlint::limits
