#pragma once
// Case tables for rules that look at the files around their input: each case is a small tree of files
// (held in a MemoryFileSystem), the file to analyze in it (a Dockerfile or a .dockerignore), and the
// findings one rule must report (line, column, and words the message must contain).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/config.hpp"
#include "engine/finding.hpp"
#include "source/file_system.hpp"

namespace dlint::testing {

struct ContextExpected {
  unsigned line;
  unsigned column;
  std::vector<std::string> message_contains = {};
};

struct ContextCase {
  std::string name;
  std::map<std::string, std::string> files;  // path -> contents; directories come with their files
  std::string input = "app/Dockerfile";      // the file analyzed; a name ending in .dockerignore is one
  std::vector<ContextExpected> expected = {};
  std::optional<std::string> fixed = std::nullopt;  // the input after applying every fix of the rule
  std::vector<std::string> symlinks = {};           // paths of symbolic links to add
  std::vector<std::string> directories = {};        // empty directories to add
  std::optional<std::string> context_dir = std::nullopt;
  bool without_fs = false;  // analyze the text alone, as for stdin
};

// Runs only `rule` on the case's input through the engine (analyze_source), with the case's files.
std::vector<Finding> run_context_rule(std::string_view rule, const ContextCase& c, const Config& config = {});

// Checks every case with Catch2 assertions.
void check_context_rule_cases(std::string_view rule, const std::vector<ContextCase>& cases);

}  // namespace dlint::testing
