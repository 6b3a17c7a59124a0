// Checkstyle XML, read by Jenkins' warnings plugin, reviewdog, SonarQube importers and many CI dashboards.
// Severities are checkstyle's: error, warning, info (dlint's info and style). `source` is `dlint.<ID>`.
#include "engine/rule.hpp"
#include "reporters/common/markup.hpp"
#include "reporters/common/reports_by_file.hpp"
#include "reporters/reporter.hpp"

namespace dlint::reporters {
namespace {

std::string_view checkstyle_severity(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    default: return "info";
  }
}

void write_checkstyle(std::ostream& out, const RunResult& input, const Options&, Warnings&) {
  const RunResult run = reports_by_file(input);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  for (const auto& file : run.files) {
    out << "  <file name=\"" << xml_escape(file.path) << "\">\n";
    if (file.error && file.findings.empty()) {
      out << "    <error severity=\"error\" message=\"" << xml_escape(*file.error) << "\" source=\"dlint\"/>\n";
    }
    for (const auto& f : file.findings) {
      out << "    <error line=\"" << f.span.start.line << "\" column=\"" << f.span.start.column << "\" severity=\""
          << checkstyle_severity(f.severity) << "\" message=\"" << xml_escape(f.message) << "\" source=\"dlint."
          << f.rule->id << "\"/>\n";
    }
    out << "  </file>\n";
  }
  out << "</checkstyle>\n";
}

}  // namespace

DLINT_REGISTER_FORMAT(checkstyle, "checkstyle", "Checkstyle XML for CI dashboards (Jenkins, SonarQube importers)",
                      write_checkstyle);

}  // namespace dlint::reporters
