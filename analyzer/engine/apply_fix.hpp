#pragma once
// Applying text edits to a file's contents: used by `dlint fix`, the rule tests and the language server.
#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.hpp"

namespace dlint {

// Applies non-overlapping edits (in any order) to `text`. Edits that overlap an earlier-applied edit
// are skipped and counted in `skipped` so a caller can run another pass.
std::string apply_edits(std::string_view text, std::vector<TextEdit> edits, std::size_t* skipped = nullptr);

}  // namespace dlint
