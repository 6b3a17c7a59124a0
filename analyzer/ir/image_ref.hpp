#pragma once
// A reference to a container image: [registry/]repository[:tag][@digest].
#include <string>
#include <string_view>

namespace dlint::ir {

struct ImageRef {
  std::string registry;    // "docker.io" when none is written
  std::string repository;  // "library/node" for "node"
  std::string tag;         // empty when none is written
  std::string digest;      // "sha256:..." or empty
  bool scratch = false;
  bool has_variable = false;  // contains $ and cannot be judged before substitution

  static ImageRef parse(std::string_view text);
  [[nodiscard]] bool pinned_by_digest() const { return !digest.empty(); }
  [[nodiscard]] bool untagged() const { return tag.empty() && digest.empty() && !scratch; }
  [[nodiscard]] bool latest() const { return tag == "latest"; }
  // The repository without "library/" and without the registry, e.g. "node".
  [[nodiscard]] std::string short_name() const;
};

}  // namespace dlint::ir
