#pragma once
// Matching an image's registry against an allow-list such as `trusted-registries`: exact host names, and
// `*.example.com` for any sub-domain. Docker Hub answers to several names.
#include <string>
#include <string_view>
#include <vector>

namespace dlint::knowledge {

// "docker.io" for the names Docker Hub is reached by, the host in lower case otherwise.
std::string canonical_registry(std::string_view host);

bool registry_allowed(std::string_view registry, const std::vector<std::string>& patterns);

}  // namespace dlint::knowledge
