#pragma once
// Paths as URIs for SARIF: relative to the source root when the file is inside it, `file://` otherwise.
#include <string>
#include <string_view>

namespace dlint::reporters {

std::string percent_encode_path(std::string_view path);

struct ArtifactUri {
  std::string uri;
  bool relative = false;  // relative to the source root (SARIF uriBaseId %SRCROOT%)
};

// `path` as reported (relative to the working directory, or absolute); `srcroot` absolute or empty.
ArtifactUri artifact_uri(const std::string& path, const std::string& srcroot);

// `file:///abs/dir/` for a directory (with the trailing slash SARIF base URIs need).
std::string directory_uri(const std::string& directory);

}  // namespace dlint::reporters
