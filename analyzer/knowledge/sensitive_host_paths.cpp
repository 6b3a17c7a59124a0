#include "knowledge/sensitive_host_paths.hpp"

#include <array>
#include <string>

namespace dlint::knowledge {
namespace {

std::string trimmed(std::string_view path) {
  std::string out(path);
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

}  // namespace

bool container_runtime_socket(std::string_view host_path) {
  static constexpr std::array<std::string_view, 6> sockets{"/var/run/docker.sock",
                                                           "/run/docker.sock",
                                                           "/run/podman/podman.sock",
                                                           "/var/run/podman/podman.sock",
                                                           "/run/containerd/containerd.sock",
                                                           "/var/run/containerd/containerd.sock"};
  std::string path = trimmed(host_path);
  for (auto socket : sockets) {
    if (path == socket) return true;
  }
  return path.size() > 12 && path.compare(path.size() - 12, 12, "/docker.sock") == 0;
}

std::optional<std::string_view> sensitive_host_path(std::string_view host_path) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 11> paths{{
      {"/", "the host's whole filesystem"},
      {"/etc", "the host's configuration, users and passwords"},
      {"/root", "the host root user's home"},
      {"/boot", "the host's kernel and boot loader"},
      {"/dev", "the host's devices"},
      {"/proc", "the host's processes and kernel settings"},
      {"/sys", "the host's kernel interfaces"},
      {"/var/lib/docker", "every container's and image's data"},
      {"/usr", "the host's programs"},
      {"/lib", "the host's libraries"},
      {"/lib/modules", "the host's kernel modules"},
  }};
  std::string path = trimmed(host_path);
  for (const auto& [p, what] : paths) {
    if (path == p) return what;
  }
  if (path.find("/.ssh") != std::string::npos) return "SSH keys";
  return std::nullopt;
}

}  // namespace dlint::knowledge
