#pragma once
// Library packages that need native code the language's WASI toolchain cannot build: C extensions for
// CPython, node-gyp addons, Rust crates that link a system C library, Go packages that need cgo.
#include <string_view>

namespace dlint::knowledge {

enum class LibraryEcosystem : unsigned char { Python, Node, Rust, Go };
std::string_view library_ecosystem_name(LibraryEcosystem ecosystem);  // "pip", "npm", "cargo", "go"

struct NativeExtension {
  LibraryEcosystem ecosystem;
  std::string_view name;  // as the ecosystem names it (lower-case for pip and npm)
  std::string_view why;
};

// The entry for a package name (pip names compare case-insensitively with `-`/`_` alike; a Go import path
// matches its module or any package below it); null when the package is not known to need native code.
const NativeExtension* find_native_extension(LibraryEcosystem ecosystem, std::string_view name);

}  // namespace dlint::knowledge
