#pragma once
// The suppressions in force in one Dockerfile (see suppression_comment.hpp for the spellings), resolved to
// rule ids, and the question every finding is asked: is it silenced?
#include <cstdint>
#include <string>
#include <vector>

#include "engine/finding.hpp"
#include "ir/build_definition.hpp"

namespace dlint {

class RuleRegistry;

class Suppressions {
 public:
  Suppressions(const ir::BuildDefinition& build, const RuleRegistry& registry);

  [[nodiscard]] bool suppressed(const Finding& finding) const;
  // BuildKit's `# check=error=true`: findings of rules with a BuildKit alias become errors.
  [[nodiscard]] bool buildkit_errors() const { return buildkit_error_; }

 private:
  struct LineRange {
    std::uint32_t first_line;
    std::uint32_t last_line;
    std::vector<std::string> rule_ids;
  };
  std::vector<std::string> file_wide_;  // rule ids silenced in the whole file
  std::vector<LineRange> ranges_;
  bool skip_all_buildkit_ = false;
  bool buildkit_error_ = false;
};

// True when the rule has an alias that is a BuildKit check name (CamelCase, not a DL/SC code).
bool has_buildkit_alias(const RuleMeta& rule);

}  // namespace dlint
