#pragma once
// Output formats. Each format is one file under reporters/ that writes the whole run's report to a stream
// and registers itself with DLINT_REGISTER_FORMAT; `--format` and its help come from this table, so adding
// a format touches nothing else.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/runner.hpp"

namespace dlint::reporters {

// Where the rule pages live: a rule's page is `<docs base>/<ID>.md`.
inline constexpr std::string_view kDefaultDocsBaseUrl = "https://github.com/dlint/dlint/blob/main/docs/rules/";
inline constexpr std::string_view kProjectUrl = "https://github.com/dlint/dlint";

struct Options {
  bool color = false;
  // Absolute directory the reported paths are relative to (SARIF's %SRCROOT%), normally the working
  // directory; empty when unknown.
  std::string srcroot;
  std::string docs_base_url = std::string(kDefaultDocsBaseUrl);
  // Also report findings silenced inline, marked as suppressed (formats that can say so).
  bool include_suppressed = false;
  // Threads a format may render with (0: one per core), as for the analysis.
  unsigned jobs = 0;
};

// What a writer has to tell the user besides the report, e.g. that a consumer's limit is exceeded.
using Warnings = std::vector<std::string>;

using WriteReport = void (*)(std::ostream& out, const RunResult& run, const Options& options, Warnings& warnings);

struct Format {
  std::string_view name;     // the --format value
  std::string_view summary;  // one line for --help and the docs
  WriteReport write;
};

// Every registered format, sorted by name.
const std::vector<Format>& formats();
const Format* find_format(std::string_view name);

struct FormatRegistrar {
  explicit FormatRegistrar(const Format& format);
};

}  // namespace dlint::reporters

// Registers a format at start-up; put it at the end of the format's own file.
#define DLINT_REGISTER_FORMAT(ident, name, summary, write)                \
  static const ::dlint::reporters::FormatRegistrar dlint_format_##ident { \
    { name, summary, write }                                              \
  }

namespace dlint {
struct RuleMeta;
}

namespace dlint::reporters {

// The rule's documentation page under `options.docs_base_url`.
std::string rule_doc_url(const Options& options, const RuleMeta& rule);

}  // namespace dlint::reporters
