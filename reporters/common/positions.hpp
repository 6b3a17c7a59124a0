#pragma once
// Columns as other tools count them. dlint's spans count code points; SARIF counts UTF-16 code units and
// reviewdog counts bytes, which differ on non-ASCII lines.
#include <cstdint>

#include "source/source_file.hpp"

namespace dlint::reporters {

struct LineColumn {
  std::uint32_t line = 0;
  std::uint32_t column = 0;  // 1-based
};

LineColumn utf16_position(const SourceFile& file, std::uint32_t offset);
LineColumn byte_position(const SourceFile& file, std::uint32_t offset);

}  // namespace dlint::reporters
