#pragma once
// Helpers for the rules that read image references (FROM, COPY --from, RUN --mount=from=).
#include <optional>
#include <string_view>

#include "ir/build_definition.hpp"
#include "source/source_file.hpp"

namespace dlint::rules {

// Where the tag of an image reference written as `text` starts and how long it is, e.g. "3.20" in
// "alpine:3.20@sha256:..."; nullopt when there is no tag.
struct TagRange {
  std::size_t offset = 0;
  std::size_t length = 0;
};
inline std::optional<TagRange> find_tag(std::string_view text) {
  std::string_view name = text.substr(0, text.find('@'));
  auto slash = name.rfind('/');
  auto colon = name.rfind(':');
  if (colon == std::string_view::npos || (slash != std::string_view::npos && colon < slash)) return std::nullopt;
  return TagRange{colon + 1, name.size() - colon - 1};
}

// The span of the tag in a token written on one line, or the whole token when the tag cannot be located.
inline Span tag_span(const SourceFile& file, const ir::Text& token) {
  auto tag = find_tag(token.value);
  if (!tag || token.span.end - token.span.begin != token.value.size()) return token.span;
  auto begin = static_cast<std::uint32_t>(token.span.begin + tag->offset);
  return file.span(begin, static_cast<std::uint32_t>(begin + tag->length));
}

}  // namespace dlint::rules
