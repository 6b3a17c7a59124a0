#pragma once
// Whether a service or an image can become a WASI component, and why not. Three verdicts:
//   wasi     the project's own code in a language with a WASI component toolchain and nothing WASI lacks
//            (or already a WASI component: a run.toml component, a `.wasm` image, a wasm runtime shim);
//   bridge   off-the-shelf infrastructure the project runs but does not build (a database, cache, broker,
//            proxy, or any prebuilt image), kept as a Docker container beside the WASI components;
//   blocked  the project's own code or its service configuration needs something WASI does not have
//            (a GPU, privileges, host networking, native libraries, process spawning, raw sockets, a GUI,
//            a language with no component toolchain).
// docs/wasi-verdicts.md has the precise rules.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/byte_range.hpp"
#include "knowledge/wasi_blockers.hpp"
#include "source/span.hpp"

namespace dlint::portability {

enum class Verdict : unsigned char { Wasi, Bridge, Blocked };
std::string_view verdict_name(Verdict verdict);  // "wasi", "bridge", "blocked"

enum class AssessedKind : unsigned char { Service, Image };
std::string_view assessed_kind_name(AssessedKind kind);  // "service", "image"

// One cause of a verdict, at the line that causes it (in the compose file, the Dockerfile, or a manifest
// of the build context such as requirements.txt).
struct Reason {
  knowledge::BlockerClass kind = knowledge::BlockerClass::NoToolchain;
  std::string message;
  std::string path;
  std::uint32_t line = 0;  // 1-based; 0 when the cause has no line of its own
  Span span;               // the token in `path`; empty (line 0) for a manifest line or a reason without one
};

struct SideEstimate {
  std::optional<knowledge::ByteRange> size;
  std::uint32_t startup_ms = 0;
};

struct Assessment {
  std::string name;  // the service name, or the path of a Dockerfile / Luakit script analyzed alone
  AssessedKind kind = AssessedKind::Image;
  std::string path;        // the file that defines it
  std::uint32_t line = 0;  // the service's name, or the final stage's FROM
  Verdict verdict = Verdict::Blocked;
  std::string language;       // "rust", "python", ...; empty when not detected
  std::string toolchain;      // the WASI toolchain for the language; empty when there is none
  bool already_wasm = false;  // a run.toml component, a `.wasm` image, or a wasm runtime shim
  std::vector<Reason> reasons;
  // What it would take as a container and as a WASI component (nullopt size: not known; the WASI side
  // is unknown without a toolchain).
  SideEstimate docker;
  SideEstimate wasi;

  // The side it lands on: the WASI component for `wasi`, the container otherwise.
  [[nodiscard]] const SideEstimate& estimate() const { return verdict == Verdict::Wasi ? wasi : docker; }
};

}  // namespace dlint::portability
