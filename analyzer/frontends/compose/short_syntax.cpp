// The short forms of ports (`"127.0.0.1:8080:80/tcp"`) and volumes (`./data:/data:ro`).
#include "frontends/compose/loader.hpp"

#include <cctype>

namespace dlint::compose {

using yaml::Kind;
using yaml::Node;
using yaml::NodePtr;

namespace {

bool host_path(std::string_view source) {
  return starts_with(source, "/") || starts_with(source, ".") || starts_with(source, "~") || starts_with(source, "$") ||
         (source.size() > 1 && source[1] == ':');
}

}  // namespace

ir::PortMapping Loader::short_port(const Node& node) const {
  ir::PortMapping port;
  port.span = node.span;
  std::string_view v = node.value;
  std::size_t slash = v.rfind('/');
  std::size_t end = v.size();
  if (slash != std::string_view::npos) {
    port.protocol = std::string(v.substr(slash + 1));
    end = slash;
  }
  // Split off "[ipv6]:" or "ip:" and "published:" from the right-most container port.
  std::vector<std::pair<std::size_t, std::size_t>> parts;  // offset, length
  std::size_t start = 0;
  if (!v.empty() && v[0] == '[') {
    std::size_t close = v.find(']');
    if (close != std::string_view::npos && close < end) {
      parts.emplace_back(1, close - 1);
      start = close + 1 < end && v[close + 1] == ':' ? close + 2 : close + 1;
    }
  }
  std::size_t pos = start;
  while (pos <= end) {
    std::size_t colon = v.find(':', pos);
    if (colon == std::string_view::npos || colon > end) colon = end;
    parts.emplace_back(pos, colon - pos);
    pos = colon + 1;
  }
  auto get = [&](std::size_t i) { return piece(node, parts[i].first, parts[i].second); };
  port.target = get(parts.size() - 1);
  if (parts.size() >= 2 && parts[parts.size() - 2].second > 0) port.published = get(parts.size() - 2);
  if (parts.size() >= 3) {
    ir::Text ip = get(parts.size() - 3);
    if (!ip.value.empty()) port.host_ip = ip;
  }
  return port;
}

ir::VolumeMount Loader::short_volume(const Node& node) const {
  ir::VolumeMount mount;
  mount.span = node.span;
  std::string_view v = node.value;
  std::vector<std::pair<std::size_t, std::size_t>> parts;
  std::size_t pos = 0;
  while (pos <= v.size()) {
    std::size_t colon = v.find(':', pos);
    // A Windows drive letter ("C:\data") is not a separator.
    if (colon == 1 && v.size() > 2 && std::isalpha(static_cast<unsigned char>(v[0])) && (v[2] == '\\' || v[2] == '/')) {
      colon = v.find(':', 2);
    }
    if (colon == std::string_view::npos) colon = v.size();
    parts.emplace_back(pos, colon - pos);
    pos = colon + 1;
  }
  if (parts.size() == 1) {
    mount.type = "volume";
    mount.target = piece(node, parts[0].first, parts[0].second);
    return mount;
  }
  mount.source = piece(node, parts[0].first, parts[0].second);
  mount.target = piece(node, parts[1].first, parts[1].second);
  mount.type = host_path(mount.source->value) ? "bind" : "volume";
  if (parts.size() >= 3) {
    std::string_view mode = v.substr(parts[2].first, parts[2].second);
    std::size_t p = 0;
    while (p <= mode.size()) {
      std::size_t comma = mode.find(',', p);
      if (comma == std::string_view::npos) comma = mode.size();
      if (mode.substr(p, comma - p) == "ro") mount.read_only = true;
      p = comma + 1;
    }
  }
  return mount;
}

}  // namespace dlint::compose
