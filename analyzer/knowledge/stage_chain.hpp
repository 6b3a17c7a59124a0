#pragma once
// Which stages a stage inherits from (FROM <stage>), and which stages end up in the final image.
#include <cstddef>
#include <vector>

#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"

namespace dlint::knowledge {

// `stage` first, then the stage it is built FROM, and so on down to the one built on an external image.
std::vector<std::size_t> stage_ancestry(const ir::BuildDefinition& build, std::size_t stage);

// For each stage, whether its filesystem ends up in the final image: the stages of image->stage_chain,
// or every stage when the final image is unknown (no image, or an empty chain). Stages used only through
// `COPY --from` are not part of it: their layers are discarded.
std::vector<bool> final_image_stages(const ir::BuildDefinition& build, const ir::ImageConfig* image);

// The external image at the bottom of `stage`'s ancestry (its own base when it is not built FROM a stage).
const ir::ImageRef& external_base(const ir::BuildDefinition& build, std::size_t stage);

}  // namespace dlint::knowledge
