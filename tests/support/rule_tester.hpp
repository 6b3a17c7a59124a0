#pragma once
// RuleTester-style case tables: each case is an input (a Dockerfile, or a compose file for compose rules)
// and the findings one rule must report on it (line and column of each), plus, for fixable rules, the
// text after applying every fix. Compose cases may bring the files around the project (`files`); the
// compose file itself is then at "app/docker-compose.yml". Rules of run.toml read the input as a run.toml
// ("app/run.toml" when there are files).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/config.hpp"
#include "engine/finding.hpp"
#include "engine/input_kind.hpp"

namespace dlint::testing {

struct Expected {
  unsigned line;
  unsigned column;
};

struct RuleCase {
  std::string name;                                 // what the case shows, e.g. "apt-get in ONBUILD"
  std::string input;                                // Dockerfile or compose file text
  std::vector<Expected> expected = {};              // empty: the rule must stay silent
  std::optional<std::string> fixed = std::nullopt;  // text after applying all the rule's fixes
  Config config = {};
  // Compose rules: files beside the compose file (path relative to its directory -> contents). With
  // none, the case runs without a file system, as for stdin.
  std::vector<std::pair<std::string, std::string>> files = {};
};

// Runs only `rule` (id, name or alias) over `input` and returns its findings, sorted by position. `kind`
// says how to read the input: a Dockerfile, or a Luakit build.lua (compose rules read a compose file).
std::vector<Finding> run_rule(std::string_view rule, const std::string& input, const Config& config = {},
                              InputKind kind = InputKind::Dockerfile);
// A compose rule with `files` beside the compose file (path relative to its directory -> contents).
std::vector<Finding> run_rule(std::string_view rule, const std::string& input, const Config& config,
                              const std::vector<std::pair<std::string, std::string>>& files);

// Checks every case with Catch2 assertions: exact positions, and the fixed text where given.
void check_rule_cases(std::string_view rule, const std::vector<RuleCase>& cases,
                      InputKind kind = InputKind::Dockerfile);

}  // namespace dlint::testing
