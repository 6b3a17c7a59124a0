#include "knowledge/bundle_images.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace dlint::knowledge {

bool is_bundle_image(const ir::ImageRef& image) {
  // Documented with `COPY --from=... / /` by their publishers.
  static constexpr std::array<std::string_view, 5> bundles{"tonistiigi/xx", "docker/buildx-bin", "docker/compose-bin",
                                                           "docker/dockerfile-copy", "gloursdocker/docker"};
  std::string name = image.short_name();
  return std::find(bundles.begin(), bundles.end(), name) != bundles.end();
}

}  // namespace dlint::knowledge
