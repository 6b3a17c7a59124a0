#pragma once
// The toolchain that turns code in a language into a WASI component, with the size and start-up time such
// a component typically has. The figures are heuristics documented in docs/wasi-verdicts.md: compiled
// languages produce small modules, interpreted ones carry their interpreter inside the component.
#include <cstdint>
#include <string_view>

#include "knowledge/byte_range.hpp"

namespace dlint::knowledge {

struct WasiToolchain {
  std::string_view language;     // "rust", "go", "python", "javascript", "typescript", "c", "c++", "dotnet", ...
  std::string_view toolchain;    // "cargo-component", "TinyGo", ...; empty when there is none
  bool available = false;        // false: no toolchain builds WASI components from this language yet
  ByteRange component_size;      // a typical component, stripped and optimized
  std::uint32_t startup_ms = 0;  // instantiation and first request, pre-initialized where the toolchain can
  std::string_view why;
};

// The entry for a language name as detection spells it; null for a language the table does not know.
const WasiToolchain* find_wasi_toolchain(std::string_view language);

}  // namespace dlint::knowledge
