#include "reporters/common/uris.hpp"

#include <cstdio>
#include <filesystem>

namespace dlint::reporters {

std::string percent_encode_path(std::string_view path) {
  std::string out;
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    bool plain = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
                 std::string_view("-._~/!$&'()*+,;=:@").find(c) != std::string_view::npos;
    if (plain) {
      out += c;
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", byte);
      out += buffer;
    }
  }
  return out;
}

ArtifactUri artifact_uri(const std::string& path, const std::string& srcroot) {
  namespace fs = std::filesystem;
  fs::path p(path);
  if (srcroot.empty()) {
    if (p.is_absolute()) return {"file://" + percent_encode_path(p.lexically_normal().generic_string()), false};
    return {percent_encode_path(p.lexically_normal().generic_string()), true};
  }
  fs::path root = fs::path(srcroot).lexically_normal();
  fs::path absolute = (p.is_absolute() ? p : root / p).lexically_normal();
  fs::path relative = absolute.lexically_relative(root);
  std::string rel = relative.generic_string();
  if (!rel.empty() && rel != "." && rel.rfind("..", 0) != 0) return {percent_encode_path(rel), true};
  return {"file://" + percent_encode_path(absolute.generic_string()), false};
}

std::string directory_uri(const std::string& directory) {
  std::string uri =
      "file://" + percent_encode_path(std::filesystem::path(directory).lexically_normal().generic_string());
  if (uri.back() != '/') uri += '/';
  return uri;
}

}  // namespace dlint::reporters
