#pragma once
// Reads one comment as a suppression, in any of the spellings dlint honors:
//   # dlint ignore=ID[,ID]           next instruction      # dlint ignore-file=ID[,ID]   whole file
//   # hadolint ignore=DL3008,...     next instruction      # hadolint global ignore=...  whole file
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dlint {

struct SuppressionComment {
  enum class Scope : unsigned char { NextInstruction, File };
  Scope scope = Scope::NextInstruction;
  struct Name {
    std::string text;
    std::uint32_t offset;  // byte offset of the name within the comment text
  };
  std::vector<Name> names;
};

// `comment` is the text after '#'. Returns nullopt when it is not a suppression.
std::optional<SuppressionComment> parse_suppression_comment(std::string_view comment);

// BuildKit's check directive value, e.g. "skip=JSONArgsRecommended,StageNameCasing;error=true".
struct CheckDirective {
  std::vector<std::string> skip;  // may contain "all"
  bool error = false;
};
CheckDirective parse_check_directive(std::string_view value);

}  // namespace dlint
