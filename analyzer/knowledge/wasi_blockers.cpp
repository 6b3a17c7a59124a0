#include "knowledge/wasi_blockers.hpp"

#include <algorithm>
#include <array>

namespace dlint::knowledge {

std::string_view blocker_class_name(BlockerClass kind) {
  switch (kind) {
    case BlockerClass::Stateful: return "stateful";
    case BlockerClass::Infrastructure: return "infrastructure";
    case BlockerClass::Gpu: return "gpu";
    case BlockerClass::Privileged: return "privileged";
    case BlockerClass::HostNamespace: return "host-namespace";
    case BlockerClass::NativeLibrary: return "native-library";
    case BlockerClass::ProcessSpawning: return "process-spawning";
    case BlockerClass::RawSocket: return "raw-socket";
    case BlockerClass::Gui: return "gui";
    case BlockerClass::NoToolchain: return "no-toolchain";
  }
  return "";
}

namespace {

using B = BlockerClass;

// Development files of the C library and the kernel, and packaging tools: what wasi-libc replaces or a build
// needs anyway, not a native library the program links.
constexpr std::array kIgnoredLibraries = {
    std::string_view("libc6-dev"),      std::string_view("libc-dev"),       std::string_view("musl-dev"),
    std::string_view("libgcc"),         std::string_view("libstdc++"),      std::string_view("libc6"),
    std::string_view("linux-headers"),  std::string_view("dpkg-dev"),       std::string_view("glibc-devel"),
    std::string_view("kernel-headers"), std::string_view("linux-libc-dev"), std::string_view("libstdc++-dev"),
};

constexpr std::array kPackages = {
    SystemPackageSignal{"xvfb", B::Gui, "a virtual X display: WASI has no display"},
    SystemPackageSignal{"xauth", B::Gui, "X11 authentication: WASI has no display"},
    SystemPackageSignal{"x11-*", B::Gui, "X11 utilities: WASI has no display"},
    SystemPackageSignal{"libx11*", B::Gui, "the X11 client library: WASI has no display"},
    SystemPackageSignal{"libgtk*", B::Gui, "GTK: WASI has no display"},
    SystemPackageSignal{"libqt5*", B::Gui, "Qt: WASI has no display"},
    SystemPackageSignal{"qt5-*", B::Gui, "Qt: WASI has no display"},
    SystemPackageSignal{"libgl1*", B::Gui, "OpenGL: WASI has no display or GPU"},
    SystemPackageSignal{"mesa-*", B::Gui, "Mesa OpenGL: WASI has no display or GPU"},
    SystemPackageSignal{"chromium", B::Gui, "a browser process: WASI cannot run or drive one"},
    SystemPackageSignal{"chromium-browser", B::Gui, "a browser process: WASI cannot run or drive one"},
    SystemPackageSignal{"firefox-esr", B::Gui, "a browser process: WASI cannot run or drive one"},
    SystemPackageSignal{"google-chrome-stable", B::Gui, "a browser process: WASI cannot run or drive one"},
    SystemPackageSignal{"tigervnc-standalone-server", B::Gui, "a VNC display server: WASI has no display"},
    SystemPackageSignal{"tcpdump", B::RawSocket, "packet capture: WASI sockets are TCP/UDP only"},
    SystemPackageSignal{"libpcap*", B::RawSocket, "packet capture: WASI sockets are TCP/UDP only"},
    SystemPackageSignal{"iputils-ping", B::RawSocket, "ICMP needs raw sockets: WASI sockets are TCP/UDP only"},
    SystemPackageSignal{"nmap", B::RawSocket, "raw-socket scanning: WASI sockets are TCP/UDP only"},
    SystemPackageSignal{"iptables", B::RawSocket, "netfilter: WASI has no kernel network configuration"},
    SystemPackageSignal{"nftables", B::RawSocket, "netfilter: WASI has no kernel network configuration"},
    SystemPackageSignal{"wireguard-tools", B::RawSocket, "kernel tunnels: WASI has no network devices"},
    SystemPackageSignal{"nvidia-*", B::Gpu, "NVIDIA drivers: WASI has no GPU access"},
    SystemPackageSignal{"cuda-*", B::Gpu, "CUDA: WASI has no GPU access"},
    SystemPackageSignal{"libcuda*", B::Gpu, "CUDA: WASI has no GPU access"},
    SystemPackageSignal{"libcudnn*", B::Gpu, "cuDNN: WASI has no GPU access"},
    SystemPackageSignal{"supervisor", B::ProcessSpawning, "supervisord runs several processes: a component is one"},
    SystemPackageSignal{"lib*", B::NativeLibrary, "a native library the WASI toolchain cannot link"},
    SystemPackageSignal{"*-dev", B::NativeLibrary, "a native library's headers: code built against it links it"},
    SystemPackageSignal{"*-devel", B::NativeLibrary, "a native library's headers: code built against it links it"},
};

constexpr std::array kSpawners = {
    SystemPackageSignal{"sh", B::ProcessSpawning, "a shell script: WASI components have no shell to run it"},
    SystemPackageSignal{"bash", B::ProcessSpawning, "a shell script: WASI components have no shell to run it"},
    SystemPackageSignal{"ash", B::ProcessSpawning, "a shell script: WASI components have no shell to run it"},
    SystemPackageSignal{"dash", B::ProcessSpawning, "a shell script: WASI components have no shell to run it"},
    SystemPackageSignal{"*.sh", B::ProcessSpawning, "a shell script: WASI components have no shell to run it"},
    SystemPackageSignal{"tini", B::ProcessSpawning, "an init that spawns the real command: WASI has no processes"},
    SystemPackageSignal{"dumb-init", B::ProcessSpawning, "an init that spawns the real command: WASI has no processes"},
    SystemPackageSignal{"supervisord", B::ProcessSpawning, "runs several processes: a component is one"},
    SystemPackageSignal{"s6-svscan", B::ProcessSpawning, "an s6 supervision tree: WASI has no processes"},
    SystemPackageSignal{"runsvdir", B::ProcessSpawning, "a runit supervision tree: WASI has no processes"},
    SystemPackageSignal{"/init", B::ProcessSpawning, "the s6-overlay init: WASI has no processes"},
    SystemPackageSignal{"gosu", B::ProcessSpawning, "switches user and execs: WASI has no users or exec"},
    SystemPackageSignal{"su-exec", B::ProcessSpawning, "switches user and execs: WASI has no users or exec"},
    SystemPackageSignal{"pm2-runtime", B::ProcessSpawning, "a Node.js process manager that forks workers"},
    SystemPackageSignal{"pm2", B::ProcessSpawning, "a Node.js process manager that forks workers"},
    SystemPackageSignal{"gunicorn", B::ProcessSpawning, "a pre-fork server: it forks worker processes"},
    SystemPackageSignal{"uwsgi", B::ProcessSpawning, "a pre-fork server: it forks worker processes"},
    SystemPackageSignal{"celery", B::ProcessSpawning, "a worker pool that forks processes"},
};

constexpr std::array kEnvironment = {
    SystemPackageSignal{"DISPLAY", B::Gui, "an X display: WASI has none"},
    SystemPackageSignal{"NVIDIA_VISIBLE_DEVICES", B::Gpu, "asks the NVIDIA runtime for GPUs: WASI has no GPU"},
    SystemPackageSignal{"NVIDIA_DRIVER_CAPABILITIES", B::Gpu, "asks the NVIDIA runtime for GPUs: WASI has no GPU"},
    SystemPackageSignal{"CUDA_VISIBLE_DEVICES", B::Gpu, "selects CUDA devices: WASI has no GPU"},
};

bool matches(std::string_view pattern, std::string_view name) {
  if (pattern.starts_with("*")) return name.ends_with(pattern.substr(1));
  if (pattern.ends_with("*")) return name.starts_with(pattern.substr(0, pattern.size() - 1));
  return pattern == name;
}

template <class Table>
const SystemPackageSignal* find_in(const Table& table, std::string_view name) {
  auto it =
      std::find_if(table.begin(), table.end(), [&](const SystemPackageSignal& s) { return matches(s.name, name); });
  return it == table.end() ? nullptr : &*it;
}

}  // namespace

const SystemPackageSignal* find_system_package_signal(std::string_view package) {
  // `libpq-dev=15.4-1`, `libssl-dev:amd64`: the name alone.
  package = package.substr(0, package.find_first_of("=:"));
  if (std::find(kIgnoredLibraries.begin(), kIgnoredLibraries.end(), package) != kIgnoredLibraries.end()) {
    return nullptr;
  }
  return find_in(kPackages, package);
}

const SystemPackageSignal* find_process_spawner(std::string_view program) {
  if (program == "/init") return find_in(kSpawners, program);
  program = program.substr(program.rfind('/') + 1);
  return find_in(kSpawners, program);
}

const SystemPackageSignal* find_environment_signal(std::string_view name) {
  return find_in(kEnvironment, name);
}

}  // namespace dlint::knowledge
