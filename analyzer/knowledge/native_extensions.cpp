#include "knowledge/native_extensions.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace dlint::knowledge {

std::string_view library_ecosystem_name(LibraryEcosystem ecosystem) {
  switch (ecosystem) {
    case LibraryEcosystem::Python: return "pip";
    case LibraryEcosystem::Node: return "npm";
    case LibraryEcosystem::Rust: return "cargo";
    case LibraryEcosystem::Go: return "go";
  }
  return "";
}

namespace {

using E = LibraryEcosystem;

constexpr std::array kExtensions = {
    NativeExtension{E::Python, "psycopg2", "a C extension linking libpq"},
    NativeExtension{E::Python, "psycopg2-binary", "a C extension bundling libpq"},
    NativeExtension{E::Python, "mysqlclient", "a C extension linking libmysqlclient"},
    NativeExtension{E::Python, "numpy", "compiled C; only experimental WASI wheels exist"},
    NativeExtension{E::Python, "pandas", "Cython extensions built on numpy"},
    NativeExtension{E::Python, "scipy", "C, C++ and Fortran extensions"},
    NativeExtension{E::Python, "scikit-learn", "Cython extensions and OpenMP"},
    NativeExtension{E::Python, "torch", "C++/CUDA extensions"},
    NativeExtension{E::Python, "tensorflow", "C++ extensions"},
    NativeExtension{E::Python, "lxml", "a C extension linking libxml2 and libxslt"},
    NativeExtension{E::Python, "pillow", "a C extension linking libjpeg, zlib and friends"},
    NativeExtension{E::Python, "grpcio", "a C++ extension (the gRPC core)"},
    NativeExtension{E::Python, "uvloop", "a Cython extension over libuv"},
    NativeExtension{E::Python, "gevent", "C extensions over libev and greenlet"},
    NativeExtension{E::Python, "greenlet", "a C extension that switches stacks"},
    NativeExtension{E::Python, "pyzmq", "a C extension linking libzmq"},
    NativeExtension{E::Python, "cryptography", "a Rust extension linking OpenSSL"},
    NativeExtension{E::Python, "bcrypt", "a Rust/C extension"},
    NativeExtension{E::Python, "matplotlib", "C++ extensions (Agg, FreeType)"},
    NativeExtension{E::Python, "opencv-python", "OpenCV's C++ libraries"},
    NativeExtension{E::Python, "uwsgi", "a C application server that forks workers"},
    NativeExtension{E::Node, "bcrypt", "a node-gyp C++ addon"},
    NativeExtension{E::Node, "sharp", "a C++ addon over libvips"},
    NativeExtension{E::Node, "sqlite3", "a node-gyp addon bundling SQLite"},
    NativeExtension{E::Node, "better-sqlite3", "a node-gyp addon bundling SQLite"},
    NativeExtension{E::Node, "canvas", "a node-gyp addon over Cairo"},
    NativeExtension{E::Node, "node-sass", "a node-gyp addon over libsass"},
    NativeExtension{E::Node, "argon2", "a node-gyp addon"},
    NativeExtension{E::Node, "node-pty", "a native addon that spawns pseudo-terminals"},
    NativeExtension{E::Node, "serialport", "a native addon for serial devices"},
    NativeExtension{E::Node, "re2", "a node-gyp addon over Google's RE2"},
    NativeExtension{E::Node, "leveldown", "a node-gyp addon bundling LevelDB"},
    NativeExtension{E::Node, "kerberos", "a node-gyp addon linking GSSAPI"},
    NativeExtension{E::Node, "puppeteer", "drives a Chromium process it downloads"},
    NativeExtension{E::Node, "playwright", "drives browser processes"},
    NativeExtension{E::Rust, "openssl-sys", "links the system OpenSSL"},
    NativeExtension{E::Rust, "openssl", "links the system OpenSSL through openssl-sys"},
    NativeExtension{E::Rust, "native-tls", "the platform TLS library (OpenSSL on Linux)"},
    NativeExtension{E::Rust, "pq-sys", "links libpq"},
    NativeExtension{E::Rust, "mysqlclient-sys", "links libmysqlclient"},
    NativeExtension{E::Rust, "rdkafka", "links librdkafka"},
    NativeExtension{E::Rust, "zmq", "links libzmq"},
    NativeExtension{E::Rust, "rocksdb", "builds RocksDB's C++ with the system compiler"},
    NativeExtension{E::Go, "github.com/mattn/go-sqlite3", "needs cgo (SQLite in C)"},
    NativeExtension{E::Go, "github.com/confluentinc/confluent-kafka-go", "needs cgo (librdkafka)"},
    NativeExtension{E::Go, "github.com/google/gopacket", "its pcap layer needs cgo and raw sockets"},
    NativeExtension{E::Go, "gopkg.in/gographics/imagick.v3", "needs cgo (ImageMagick)"},
    NativeExtension{E::Go, "github.com/go-gl/glfw", "needs cgo and a display"},
};

std::string normalized(LibraryEcosystem ecosystem, std::string_view name) {
  std::string out(name);
  if (ecosystem == E::Python || ecosystem == E::Node) {
    for (char& c : out) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (ecosystem == E::Python && (c == '_' || c == '.')) c = '-';
    }
  }
  return out;
}

}  // namespace

const NativeExtension* find_native_extension(LibraryEcosystem ecosystem, std::string_view name) {
  std::string key = normalized(ecosystem, name);
  auto it = std::find_if(kExtensions.begin(), kExtensions.end(), [&](const NativeExtension& e) {
    if (e.ecosystem != ecosystem) return false;
    if (e.name == key) return true;
    // A Go package below a listed module (`github.com/google/gopacket/pcap`).
    return ecosystem == E::Go && key.size() > e.name.size() && key.starts_with(e.name) && key[e.name.size()] == '/';
  });
  return it == kExtensions.end() ? nullptr : &*it;
}

}  // namespace dlint::knowledge
