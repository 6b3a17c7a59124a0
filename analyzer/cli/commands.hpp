#pragma once
// The subcommands of the `dlint` program; main.cpp wires them into CLI11.
#include <optional>
#include <string>
#include <vector>

namespace dlint::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

struct AnalyzeArgs {
  std::vector<std::string> paths;
  std::string format = "tty";
  std::optional<std::string> output;
  bool no_color = false;
  std::optional<std::string> failure_threshold;
  std::optional<std::string> config;
  std::string stdin_filename = "Dockerfile";
  std::optional<std::string> kind;
  unsigned jobs = 0;
  std::optional<std::string> docs_url;  // base of the rule pages linked from reports
  bool include_suppressed = false;
  std::vector<std::string> compose_files;  // --compose-file: one project's files, merged in order
};
int run_analyze(const AnalyzeArgs& args);

struct FixArgs {
  std::vector<std::string> paths;
  bool unsafe_fixes = false;
  bool diff = false;  // print a unified diff instead of writing
  std::optional<std::string> config;
  std::optional<std::string> kind;
  unsigned jobs = 0;
};
int run_fix(const FixArgs& args);

struct RulesArgs {
  std::string format = "table";
  std::optional<std::string> output_dir;  // markdown: write one page per rule here
};
int run_rules(const RulesArgs& args);

int run_explain(const std::string& key);

// Writes `text` to `path` atomically: a temporary file in the same directory, then rename. With
// `keep_mode`, an existing file keeps its permissions, and a symbolic link stays one (its target is
// replaced).
bool write_file_atomically(const std::string& path, const std::string& text, std::string& error,
                           bool keep_mode = false);

}  // namespace dlint::cli
