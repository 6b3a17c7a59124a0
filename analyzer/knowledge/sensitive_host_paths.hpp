#pragma once
// Host paths whose bind mount gives a container control over the host.
#include <optional>
#include <string_view>

namespace dlint::knowledge {

// True for the Docker (or Podman, containerd) API socket.
bool container_runtime_socket(std::string_view host_path);

// Why mounting `host_path` is dangerous, or nullopt. The socket is covered by container_runtime_socket.
std::optional<std::string_view> sensitive_host_path(std::string_view host_path);

}  // namespace dlint::knowledge
