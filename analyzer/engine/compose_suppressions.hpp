#pragma once
// Suppression comments in a compose file or a run.toml: `# dlint ignore=ID[,ID]` silences the next line
// that is not a comment (or, written after a value, its own line); `# dlint ignore-file=ID` the whole file.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.hpp"
#include "source/source_file.hpp"

namespace dlint {

class RuleRegistry;

// Where a `#` starts a comment: YAML (after whitespace, outside quotes that open a scalar) or TOML
// (anywhere outside a string).
enum class CommentSyntax : unsigned char { Yaml, Toml };

class ComposeSuppressions {
 public:
  ComposeSuppressions(const SourceFile& file, const RuleRegistry& registry, CommentSyntax syntax = CommentSyntax::Yaml);
  // Findings in other files (f.file set) are never suppressed by this file's comments.
  [[nodiscard]] bool suppressed(const Finding& finding) const;
  // Whether a comment silences `rule_id` for a whole block of this file: file-wide, or aimed at one of
  // the lines first..last (a service's definition, for the findings of the Dockerfile it builds).
  [[nodiscard]] bool suppressed_in(std::string_view rule_id, std::uint32_t first, std::uint32_t last) const;

 private:
  struct LineRule {
    std::uint32_t line;
    std::string rule_id;
  };
  std::vector<std::string> file_wide_;
  std::vector<LineRule> lines_;
};

}  // namespace dlint
