#include "knowledge/registry_patterns.hpp"
#include "support/ascii_case.hpp"

#include <algorithm>
#include <cctype>

namespace dlint::knowledge {

std::string canonical_registry(std::string_view host) {
  std::string out = ascii_lower(host);
  if (out == "index.docker.io" || out == "registry-1.docker.io" || out == "registry.hub.docker.com" ||
      out == "hub.docker.com") {
    return "docker.io";
  }
  return out;
}

bool registry_allowed(std::string_view registry, const std::vector<std::string>& patterns) {
  std::string host = canonical_registry(registry);
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& raw) {
    std::string_view pattern = raw;
    if (pattern.substr(0, 2) == "*.") {
      std::string suffix = canonical_registry(pattern.substr(1));  // ".gcr.io"
      return host.size() > suffix.size() && host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0;
    }
    return host == canonical_registry(pattern);
  });
}

}  // namespace dlint::knowledge
