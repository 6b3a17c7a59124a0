// JUnit XML, which every CI system shows as a test report: one test suite per file, one failing test
// case per finding, and one passing case for a file without findings (so clean files show up too).
#include "engine/rule.hpp"
#include "reporters/common/markup.hpp"
#include "reporters/common/reports_by_file.hpp"
#include "reporters/reporter.hpp"

namespace dlint::reporters {
namespace {

void write_junit(std::ostream& out, const RunResult& input, const Options&, Warnings&) {
  const RunResult run = reports_by_file(input);
  std::size_t tests = 0;
  std::size_t failures = 0;
  std::size_t errors = 0;
  for (const auto& file : run.files) {
    bool failed = file.error && file.findings.empty();
    tests += file.findings.empty() ? 1 : file.findings.size();
    failures += file.findings.size();
    errors += failed ? 1 : 0;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"dlint\" tests=\"" << tests << "\" failures=\"" << failures << "\" errors=\"" << errors
      << "\">\n";
  for (const auto& file : run.files) {
    std::string path = xml_escape(file.path);
    bool failed = file.error && file.findings.empty();
    std::size_t cases = file.findings.empty() ? 1 : file.findings.size();
    out << "  <testsuite name=\"" << path << "\" tests=\"" << cases << "\" failures=\"" << file.findings.size()
        << "\" errors=\"" << (failed ? 1 : 0) << "\">\n";
    if (file.findings.empty()) {
      out << "    <testcase name=\"dlint\" classname=\"" << path << "\"";
      if (failed) {
        out << ">\n      <error message=\"" << xml_escape(*file.error) << "\"/>\n    </testcase>\n";
      } else {
        out << "/>\n";
      }
    }
    for (const auto& f : file.findings) {
      std::string where =
          file.path + ":" + std::to_string(f.span.start.line) + ":" + std::to_string(f.span.start.column);
      out << "    <testcase name=\"" << f.rule->id << " " << f.rule->name << " at " << xml_escape(where)
          << "\" classname=\"" << path << "\">\n";
      out << "      <failure message=\"" << xml_escape(f.message) << "\" type=\"" << severity_name(f.severity) << "\">"
          << xml_escape(where + ": " + std::string(severity_name(f.severity)) + ": " + f.message + " [" +
                        std::string(f.rule->id) + "]")
          << "</failure>\n";
      out << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace

DLINT_REGISTER_FORMAT(junit, "junit", "JUnit XML: a test suite per file and a failing test case per finding",
                      write_junit);

}  // namespace dlint::reporters
