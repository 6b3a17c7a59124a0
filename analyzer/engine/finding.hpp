#pragma once
// What a rule reports, and the text edits that fix it.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/severity.hpp"
#include "source/span.hpp"

namespace dlint {

class SourceFile;
struct RuleMeta;

// Replace bytes [begin, end) of the file with `replacement` (an insertion when begin == end).
struct TextEdit {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string replacement;
};

struct Fix {
  std::string title;  // what applying it does, e.g. "add --no-install-recommends"
  std::vector<TextEdit> edits;
  bool safe = true;  // false: changes behaviour in ways the user should review
};

// Another place that explains a finding, possibly in another file (the Dockerfile a compose service
// builds, the stage a COPY --from names). Reporters that can show it do (SARIF relatedLocations).
struct RelatedLocation {
  std::string path;  // empty: the finding's own file
  Span span;
  std::string message;
};

struct Finding {
  const RuleMeta* rule = nullptr;
  Severity severity = Severity::Warning;  // after config overrides
  std::string message = {};
  Span span = {};
  std::optional<Fix> fix = std::nullopt;
  std::vector<RelatedLocation> related = {};
  // The file the span is in when it is not the analyzed input itself: a compose file's override or
  // `extends` file, or the Dockerfile a service builds. Null for the input's own findings.
  std::shared_ptr<const SourceFile> file = nullptr;
  // Bytes of the span's file that hold a secret: reporters that echo source text mask them.
  std::vector<Span> secrets = {};
};

}  // namespace dlint
