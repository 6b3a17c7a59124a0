#pragma once
// Which stages a stage inherits from (FROM <stage>), and which stages end up in the final image.
#include <cstddef>
#include <cstdint>
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

// The stages `stage` reads directly: the stage it is built FROM, and those named by its COPY --from and
// RUN --mount=from= (by name, or by number as BuildKit allows). Sorted, without duplicates.
std::vector<std::size_t> stage_dependencies(const ir::BuildDefinition& build, std::size_t stage);

// For each stage, whether BuildKit builds it for `target` (the last stage when it is SIZE_MAX): the
// target and everything it depends on, transitively. Stages outside it are skipped by `docker build`.
std::vector<bool> stages_for_target(const ir::BuildDefinition& build, std::size_t target = SIZE_MAX);

// The external image at the bottom of `stage`'s ancestry (its own base when it is not built FROM a stage).
const ir::ImageRef& external_base(const ir::BuildDefinition& build, std::size_t stage);

}  // namespace dlint::knowledge
