#include "ir/image_ref.hpp"

namespace dlint::ir {

ImageRef ImageRef::parse(std::string_view text) {
  ImageRef ref;
  ref.has_variable = text.find('$') != std::string_view::npos;
  if (text == "scratch") {
    ref.scratch = true;
    ref.repository = "scratch";
    return ref;
  }
  if (auto at = text.find('@'); at != std::string_view::npos) {
    ref.digest = std::string(text.substr(at + 1));
    text = text.substr(0, at);
  }
  // A tag follows the last ':' that comes after the last '/' (a ':' before it is a registry port).
  auto slash = text.rfind('/');
  auto colon = text.rfind(':');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
    ref.tag = std::string(text.substr(colon + 1));
    text = text.substr(0, colon);
  }
  // The first component is a registry when it has a '.' or ':' or is "localhost".
  auto first_slash = text.find('/');
  if (first_slash != std::string_view::npos) {
    std::string_view first = text.substr(0, first_slash);
    if (first.find('.') != std::string_view::npos || first.find(':') != std::string_view::npos ||
        first == "localhost") {
      ref.registry = std::string(first);
      text = text.substr(first_slash + 1);
    }
  }
  if (ref.registry.empty()) {
    ref.registry = "docker.io";
    if (text.find('/') == std::string_view::npos) {
      ref.repository = "library/" + std::string(text);
      return ref;
    }
  }
  ref.repository = std::string(text);
  return ref;
}

std::string ImageRef::short_name() const {
  std::string_view name = repository;
  if (name.rfind("library/", 0) == 0) name.remove_prefix(8);
  return std::string(name);
}

}  // namespace dlint::ir
