#pragma once
// An entry of the `images` array of the JSON report: an analyzed Dockerfile with its estimated size.
#include "engine/runner.hpp"
#include "reporters/common/json_text_writer.hpp"

namespace dlint::reporters {

// Writes the file's entry; false, writing nothing, when the file has no size estimate (it is not a
// build, or has no stage).
bool write_image_json(JsonTextWriter& out, const FileReport& file);

}  // namespace dlint::reporters
