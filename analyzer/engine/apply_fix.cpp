#include "engine/apply_fix.hpp"

#include <algorithm>

namespace dlint {

std::string apply_edits(std::string_view text, std::vector<TextEdit> edits, std::size_t* skipped) {
  std::stable_sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) { return a.begin < b.begin; });
  std::string out;
  out.reserve(text.size());
  std::size_t cursor = 0;
  std::size_t dropped = 0;
  for (const auto& e : edits) {
    if (e.begin < cursor || e.end < e.begin || e.end > text.size()) {
      ++dropped;
      continue;
    }
    out.append(text.substr(cursor, e.begin - cursor));
    out.append(e.replacement);
    cursor = e.end;
  }
  out.append(text.substr(cursor));
  if (skipped) *skipped = dropped;
  return out;
}

}  // namespace dlint
