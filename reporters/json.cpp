// JSON: exact and stable, for other tools. 1-based lines and columns; the end points just past the span.
#include <nlohmann/json.hpp>

#include "engine/rule.hpp"
#include "reporters/json_images.hpp"
#include "reporters/json_verdicts.hpp"
#include "reporters/reporter.hpp"

namespace dlint::reporters {

namespace {

void write_json(std::ostream& out, const RunResult& run, const Options&, Warnings&) {
  using nlohmann::ordered_json;
  ordered_json findings = ordered_json::array();
  ordered_json files = ordered_json::array();
  std::size_t counts[4] = {0, 0, 0, 0};
  std::size_t fixable = 0;
  for (const auto& file : run.files) {
    ordered_json entry;
    entry["path"] = file.path;
    entry["kind"] = file.kind ? std::string(input_kind_name(*file.kind)) : std::string("unknown");
    if (file.error) entry["error"] = *file.error;
    files.push_back(std::move(entry));
    for (const auto& f : file.findings) {
      ordered_json aliases = ordered_json::array();
      for (auto alias : f.rule->aliases) aliases.push_back(std::string(alias));
      ordered_json item;
      item["rule"] = std::string(f.rule->id);
      item["name"] = std::string(f.rule->name);
      item["aliases"] = std::move(aliases);
      item["severity"] = std::string(severity_name(f.severity));
      item["message"] = f.message;
      item["path"] = f.file ? f.file->path() : file.path;
      item["line"] = f.span.start.line;
      item["column"] = f.span.start.column;
      item["end_line"] = f.span.end_pos.line;
      item["end_column"] = f.span.end_pos.column;
      item["fixable"] = f.fix.has_value();
      findings.push_back(std::move(item));
      ++counts[static_cast<int>(f.severity)];
      if (f.fix) ++fixable;
    }
  }
  ordered_json doc;
  doc["version"] = DLINT_VERSION;
  doc["findings"] = std::move(findings);
  doc["files"] = std::move(files);
  doc["images"] = images_json(run);
  doc["verdicts"] = verdicts_json(run);
  doc["summary"] = {{"files", run.files.size()}, {"findings", counts[0] + counts[1] + counts[2] + counts[3]},
                    {"errors", counts[0]},       {"warnings", counts[1]},
                    {"infos", counts[2]},        {"styles", counts[3]},
                    {"fixable", fixable}};
  out << doc.dump(2) << "\n";
}

}  // namespace

DLINT_REGISTER_FORMAT(json, "json", "dlint's own JSON: every finding with exact positions, files and a summary",
                      write_json);

}  // namespace dlint::reporters
