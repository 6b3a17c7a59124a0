// GitLab code quality (Code Climate's issue format): a JSON array that GitLab shows in merge requests.
// The fingerprint is dlint's stable one, so an issue keeps its identity across unrelated edits.
#include <nlohmann/json.hpp>

#include "engine/rule.hpp"
#include "reporters/common/fingerprints.hpp"
#include "reporters/common/json_text.hpp"
#include "reporters/common/reports_by_file.hpp"
#include "reporters/reporter.hpp"

namespace dlint::reporters {
namespace {

std::string_view codeclimate_severity(Severity s) {
  switch (s) {
    case Severity::Error: return "critical";
    case Severity::Warning: return "major";
    case Severity::Info: return "minor";
    case Severity::Style: return "info";
  }
  return "major";
}

std::string_view category_of(std::string_view family) {
  if (family == "correctness") return "Bug Risk";
  if (family == "security") return "Security";
  if (family == "cache" || family == "size") return "Performance";
  if (family == "portability") return "Compatibility";
  if (family == "style") return "Style";
  return "Clarity";
}

void write_codeclimate(std::ostream& out, const RunResult& input, const Options& options, Warnings&) {
  const RunResult run = reports_by_file(input);
  using nlohmann::ordered_json;
  ordered_json issues = ordered_json::array();
  for (const auto& file : run.files) {
    std::vector<std::string> fingerprints = finding_fingerprints(file.path, file.source.get(), file.findings);
    for (std::size_t i = 0; i < file.findings.size(); ++i) {
      const Finding& f = file.findings[i];
      ordered_json issue;
      issue["type"] = "issue";
      issue["check_name"] = std::string(f.rule->id);
      issue["description"] = f.message;
      issue["content"] = {{"body", std::string(f.rule->summary) + " (" + rule_doc_url(options, *f.rule) + ")"}};
      issue["categories"] = ordered_json::array({std::string(category_of(f.rule->family))});
      issue["severity"] = std::string(codeclimate_severity(f.severity));
      issue["fingerprint"] = fingerprints[i];
      issue["location"] = {
          {"path", file.path},
          {"lines", {{"begin", f.span.start.line}, {"end", std::max(f.span.start.line, f.span.end_pos.line)}}}};
      issues.push_back(std::move(issue));
    }
  }
  out << json_text(issues, 2) << "\n";
}

}  // namespace

DLINT_REGISTER_FORMAT(codeclimate, "codeclimate", "GitLab code quality JSON (Code Climate issues) for merge requests",
                      write_codeclimate);

}  // namespace dlint::reporters
