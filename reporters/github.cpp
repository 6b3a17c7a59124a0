// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
//   ::warning file=Dockerfile,line=1,col=13,endLine=1,endColumn=19,title=BP003 image-latest-tag::message
// info and style findings are `notice`s. Files that could not be analyzed are `error`s on the file.
#include "engine/rule.hpp"
#include "reporters/common/markup.hpp"
#include "reporters/common/reports_by_file.hpp"
#include "reporters/reporter.hpp"

namespace dlint::reporters {
namespace {

std::string_view command_of(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    default: return "notice";
  }
}

void write_github(std::ostream& out, const RunResult& input, const Options&, Warnings&) {
  const RunResult run = reports_by_file(input);
  for (const auto& file : run.files) {
    std::string path = workflow_property_escape(file.path);
    if (file.error && file.findings.empty()) {
      out << "::error file=" << path << ",title=dlint::" << workflow_message_escape(*file.error) << "\n";
    }
    for (const auto& f : file.findings) {
      std::string title = std::string(f.rule->id) + " " + std::string(f.rule->name);
      out << "::" << command_of(f.severity) << " file=" << path << ",line=" << f.span.start.line
          << ",col=" << f.span.start.column;
      // endColumn only means something on a single-line annotation.
      if (f.span.end_pos.line == f.span.start.line) {
        out << ",endLine=" << f.span.end_pos.line << ",endColumn=" << f.span.end_pos.column;
      } else if (f.span.end_pos.line > f.span.start.line) {
        out << ",endLine=" << f.span.end_pos.line;
      }
      out << ",title=" << workflow_property_escape(title) << "::" << workflow_message_escape(f.message) << "\n";
    }
  }
}

}  // namespace

DLINT_REGISTER_FORMAT(github, "github", "GitHub Actions workflow commands: annotations on the pull request",
                      write_github);

}  // namespace dlint::reporters
