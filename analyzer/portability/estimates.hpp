#pragma once
// Start-up figures for the Docker side (docs/wasi-verdicts.md cites where they come from). The WASI side
// takes its figures from the toolchain table (knowledge/wasi_toolchains.hpp); Docker-side sizes come from
// the image size estimate (knowledge/image_size.hpp) or the base image table.
#include <cstdint>

namespace dlint::portability {

// A stateful server (database, broker) until it accepts connections: the 5 s of the migration guide's
// `compose analyze` example (recovery, schema checks, JVM warm-up).
inline constexpr std::uint32_t kStatefulContainerStartupMs = 5000;
// Any other container: "cold start 500ms+" (the same guide), namespaces, cgroups and the process start.
inline constexpr std::uint32_t kContainerStartupMs = 500;

// A component whose toolchain is not known (a `.wasm` image, a wasm runtime shim): the migration guide's
// "<10ms" start-up.
inline constexpr std::uint32_t kUnknownComponentStartupMs = 10;

}  // namespace dlint::portability
