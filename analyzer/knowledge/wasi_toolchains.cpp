#include "knowledge/wasi_toolchains.hpp"

#include <algorithm>
#include <array>

namespace dlint::knowledge {
namespace {

constexpr std::uint64_t kB = 1000;
constexpr std::uint64_t MB = 1000 * 1000;

constexpr std::array kToolchains = {
    WasiToolchain{"rust",
                  "cargo-component (wasm32-wasip2)",
                  true,
                  {300 * kB, 5 * MB},
                  8,
                  "the wasm32-wasip2 target is tier 2; a stripped release module is 0.4-3 MB (seeds: 410 kB, 2.52 MB)"},
    WasiToolchain{"go",
                  "TinyGo (wasip2)",
                  true,
                  {500 * kB, 8 * MB},
                  10,
                  "TinyGo builds components; Go's own GOOS=wasip1 works too but its modules are larger"},
    WasiToolchain{"c", "wasi-sdk", true, {50 * kB, 2 * MB}, 5, "clang with wasi-libc; no system libraries"},
    WasiToolchain{"c++",
                  "wasi-sdk",
                  true,
                  {100 * kB, 4 * MB},
                  5,
                  "clang with wasi-libc and libc++; no exceptions before wasi-sdk 25, no threads"},
    WasiToolchain{"zig", "zig (wasm32-wasi)", true, {50 * kB, 2 * MB}, 5, "zig targets wasm32-wasi directly"},
    WasiToolchain{"python",
                  "componentize-py",
                  true,
                  {15 * MB, 40 * MB},
                  10,
                  "bundles CPython and the pure-Python dependencies; C extensions only with WASI wheels"},
    WasiToolchain{"javascript",
                  "jco (ComponentizeJS)",
                  true,
                  {8 * MB, 15 * MB},
                  10,
                  "embeds the StarlingMonkey engine; no Node.js built-in modules beyond what WASI maps"},
    WasiToolchain{"typescript",
                  "jco (ComponentizeJS)",
                  true,
                  {8 * MB, 15 * MB},
                  10,
                  "compiled to JavaScript first, then as JavaScript"},
    WasiToolchain{"dotnet",
                  "componentize-dotnet (NativeAOT-LLVM)",
                  true,
                  {3 * MB, 20 * MB},
                  20,
                  "experimental: NativeAOT-LLVM compiles the app and the trimmed runtime to wasm"},
    WasiToolchain{"java", "", false, {}, 0, "no toolchain builds WASI components from JVM bytecode yet"},
    WasiToolchain{"ruby", "", false, {}, 0, "ruby.wasm runs scripts under WASI preview 1, but builds no components"},
    WasiToolchain{"php", "", false, {}, 0, "php-wasm targets browsers; no WASI component toolchain"},
    WasiToolchain{"elixir", "", false, {}, 0, "the BEAM has no WASI port"},
};

}  // namespace

const WasiToolchain* find_wasi_toolchain(std::string_view language) {
  auto it = std::find_if(kToolchains.begin(), kToolchains.end(),
                         [&](const WasiToolchain& t) { return t.language == language; });
  return it == kToolchains.end() ? nullptr : &*it;
}

}  // namespace dlint::knowledge
