// reviewdog's Diagnostic Format (rdjson): reviewdog turns it into review comments, and fixes into
// suggested changes. Columns count UTF-8 bytes, as the format defines them.
#include <nlohmann/json.hpp>

#include "engine/rule.hpp"
#include "reporters/common/json_text.hpp"
#include "reporters/common/positions.hpp"
#include "reporters/common/reports_by_file.hpp"
#include "reporters/reporter.hpp"

namespace dlint::reporters {
namespace {

std::string_view rdjson_severity(Severity s) {
  switch (s) {
    case Severity::Error: return "ERROR";
    case Severity::Warning: return "WARNING";
    default: return "INFO";
  }
}

nlohmann::ordered_json range_of(const SourceFile* source, const Span& span) {
  LineColumn start{span.start.line, span.start.column};
  LineColumn end{span.end_pos.line, span.end_pos.column};
  if (source) {
    start = byte_position(*source, span.begin);
    end = byte_position(*source, span.end);
  }
  return {{"start", {{"line", start.line}, {"column", start.column}}},
          {"end", {{"line", end.line}, {"column", end.column}}}};
}

void write_rdjson(std::ostream& out, const RunResult& input, const Options& options, Warnings&) {
  const RunResult run = reports_by_file(input);
  using nlohmann::ordered_json;
  ordered_json diagnostics = ordered_json::array();
  for (const auto& file : run.files) {
    const SourceFile* source = file.source.get();
    if (file.error && file.findings.empty()) {
      diagnostics.push_back({{"message", *file.error}, {"location", {{"path", file.path}}}, {"severity", "ERROR"}});
    }
    for (const auto& f : file.findings) {
      ordered_json d;
      d["message"] = f.message;
      d["location"] = {{"path", file.path}, {"range", range_of(source, f.span)}};
      d["severity"] = std::string(rdjson_severity(f.severity));
      d["code"] = {{"value", std::string(f.rule->id)}, {"url", rule_doc_url(options, *f.rule)}};
      if (f.fix && source) {
        ordered_json suggestions = ordered_json::array();
        for (const auto& e : f.fix->edits) {
          suggestions.push_back({{"range", range_of(source, source->span(e.begin, e.end))}, {"text", e.replacement}});
        }
        d["suggestions"] = std::move(suggestions);
      }
      if (!f.related.empty()) {
        ordered_json related = ordered_json::array();
        for (const auto& r : f.related) {
          const std::string& path = r.path.empty() ? file.path : r.path;
          related.push_back(
              {{"message", r.message},
               {"location", {{"path", path}, {"range", range_of(r.path.empty() ? source : nullptr, r.span)}}}});
        }
        d["related_locations"] = std::move(related);
      }
      diagnostics.push_back(std::move(d));
    }
  }
  ordered_json doc;
  doc["source"] = {{"name", "dlint"}, {"url", std::string(kProjectUrl)}};
  doc["diagnostics"] = std::move(diagnostics);
  out << json_text(doc, 2) << "\n";
}

}  // namespace

DLINT_REGISTER_FORMAT(rdjson, "rdjson", "reviewdog's diagnostic format: review comments and suggested fixes",
                      write_rdjson);

}  // namespace dlint::reporters
