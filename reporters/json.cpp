// JSON: exact and stable, for other tools. 1-based lines and columns; the end points just past the span.
#include <nlohmann/json.hpp>

#include "engine/rule.hpp"
#include "reporters/common/json_stream.hpp"
#include "reporters/json_images.hpp"
#include "reporters/json_verdicts.hpp"
#include "reporters/reporter.hpp"

namespace dlint::reporters {

namespace {

nlohmann::ordered_json finding_json(const Finding& f, const FileReport& file) {
  nlohmann::ordered_json aliases = nlohmann::ordered_json::array();
  for (auto alias : f.rule->aliases) aliases.push_back(std::string(alias));
  nlohmann::ordered_json item;
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
  return item;
}

void write_json(std::ostream& out, const RunResult& run, const Options&, Warnings&) {
  JsonStreamWriter doc(out);
  doc.member("version", DLINT_VERSION);
  std::size_t counts[4] = {0, 0, 0, 0};
  std::size_t fixable = 0;
  doc.begin_array("findings");
  for (const auto& file : run.files) {
    for (const auto& f : file.findings) {
      doc.element(finding_json(f, file));
      ++counts[static_cast<int>(f.severity)];
      if (f.fix) ++fixable;
    }
  }
  doc.end_array();
  doc.begin_array("files");
  for (const auto& file : run.files) {
    nlohmann::ordered_json entry;
    entry["path"] = file.path;
    entry["kind"] = file.kind ? std::string(input_kind_name(*file.kind)) : std::string("unknown");
    if (file.error) entry["error"] = *file.error;
    doc.element(entry);
  }
  doc.end_array();
  doc.begin_array("images");
  for (const auto& file : run.files) {
    if (auto image = image_json(file); !image.is_null()) doc.element(image);
  }
  doc.end_array();
  doc.member("verdicts", verdicts_json(run));  // one per service or image: small
  doc.member("summary", {{"files", run.files.size()},
                         {"findings", counts[0] + counts[1] + counts[2] + counts[3]},
                         {"errors", counts[0]},
                         {"warnings", counts[1]},
                         {"infos", counts[2]},
                         {"styles", counts[3]},
                         {"fixable", fixable}});
  doc.finish();
  out << "\n";
}

}  // namespace

DLINT_REGISTER_FORMAT(json, "json", "dlint's own JSON: every finding with exact positions, files and a summary",
                      write_json);

}  // namespace dlint::reporters
