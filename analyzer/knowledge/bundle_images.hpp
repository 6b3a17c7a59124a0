#pragma once
// Images published as a bundle of files meant to be copied whole into another image with
// `COPY --from=<image> / /`: tonistiigi/xx (cross-compilation helpers), docker/buildx-bin, ...
#include "ir/image_ref.hpp"

namespace dlint::knowledge {

bool is_bundle_image(const ir::ImageRef& image);

}  // namespace dlint::knowledge
