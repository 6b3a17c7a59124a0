#pragma once
// The verdict for an image built from a Dockerfile or a Luakit script: the language it is written in,
// whether it already is a WASI module, whether it extends off-the-shelf infrastructure, and what in the
// build needs something WASI lacks (native libraries, process spawning, raw sockets, GUI, GPU).
#include <optional>
#include <string>

#include "ir/build_context.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/image_size.hpp"
#include "portability/verdict.hpp"

namespace dlint::portability {

struct ImageInputs {
  std::string path;                            // the Dockerfile or script, as reasons name it
  const ir::BuildDefinition* build = nullptr;  // required
  const ir::ImageConfig* image = nullptr;      // null: no image could be derived (no decidable export)
  const ir::BuildContext* context = nullptr;   // null: no files around the input
  const knowledge::ImageSizeEstimate* size = nullptr;
};

// kind Image, named after `inputs.path`; a service assessment reuses its language, reasons and sizes.
Assessment assess_image(const ImageInputs& inputs);

}  // namespace dlint::portability
