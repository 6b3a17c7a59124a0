// GNU style, one line per finding, as compilers print them (Emacs, Vim's quickfix and editors read it):
//   Dockerfile:1:13: warning: `node:latest` uses the :latest tag ... [BP003]
// info and style findings print as `note`; a file that could not be analyzed as `path: error: why`.
#include "engine/rule.hpp"
#include "reporters/common/reports_by_file.hpp"
#include "reporters/reporter.hpp"

namespace dlint::reporters {
namespace {

std::string_view gnu_severity(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    default: return "note";
  }
}

void write_gnu(std::ostream& out, const RunResult& input, const Options&, Warnings&) {
  const RunResult run = reports_by_file(input);
  for (const auto& file : run.files) {
    if (file.error && file.findings.empty()) out << file.path << ": error: " << *file.error << "\n";
    for (const auto& f : file.findings) {
      out << file.path << ":" << f.span.start.line << ":" << f.span.start.column << ": " << gnu_severity(f.severity)
          << ": " << f.message << " [" << f.rule->id << "]\n";
    }
  }
}

}  // namespace

DLINT_REGISTER_FORMAT(gnu, "gnu", "file:line:col: severity: message [id], one line per finding, as compilers print",
                      write_gnu);

}  // namespace dlint::reporters
