#pragma once
// What a container can do that a WASI component cannot, as it shows in a build: system packages for a
// display, raw sockets or a GPU, programs that supervise or spawn other processes, environment variables
// that only make sense with a display or a GPU. Each entry says why WASI lacks it.
#include <string_view>

namespace dlint::knowledge {

// Why a service or image cannot become a WASI component. The order is the order reasons are listed in.
enum class BlockerClass : unsigned char {
  Stateful,         // off-the-shelf infrastructure that keeps state (a bridge reason, not a blocker)
  Infrastructure,   // other off-the-shelf or prebuilt images (a bridge reason, not a blocker)
  Gpu,              // a GPU or a device node
  Privileged,       // privileged mode or added capabilities
  HostNamespace,    // host networking, host PID or IPC namespace
  NativeLibrary,    // native libraries or C extensions the toolchain cannot build
  ProcessSpawning,  // a shell-script entrypoint, a process supervisor, the Docker socket
  RawSocket,        // raw sockets, packet capture
  Gui,              // a display server or GUI toolkit
  NoToolchain,      // the language has no WASI component toolchain, or none was detected
};
std::string_view blocker_class_name(BlockerClass kind);  // "stateful", "gpu", "privileged", ...

struct SystemPackageSignal {
  std::string_view name;  // a package name, a prefix ending in '*' or a suffix starting with '*'
  BlockerClass kind;
  std::string_view why;
};

// What installing an apt/apk package says about the image; null when nothing. Matches exact names and
// the table's `prefix*` and `*suffix` entries.
const SystemPackageSignal* find_system_package_signal(std::string_view package);

// A program that, as the entrypoint or command, starts other processes (init systems, supervisors, user
// switchers, process managers); null when the program is not one.
const SystemPackageSignal* find_process_spawner(std::string_view program);

// An environment variable set in the image that needs a display or a GPU (DISPLAY, NVIDIA_VISIBLE_DEVICES).
const SystemPackageSignal* find_environment_signal(std::string_view name);

}  // namespace dlint::knowledge
