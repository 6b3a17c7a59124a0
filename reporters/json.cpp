// JSON: exact and stable, for other tools. 1-based lines and columns; the end points just past the span.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "engine/rule.hpp"
#include "reporters/common/json_stream.hpp"
#include "reporters/json_images.hpp"
#include "reporters/json_verdicts.hpp"
#include "reporters/reporter.hpp"
#include "support/parallel_for.hpp"

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

// The elements of one array, each file's in file order. Files are rendered a batch at a time on all cores
// and each batch is written before the next is rendered: the report of a large run is tens of megabytes,
// and only a batch of it is held at once.
template <class ElementsOfFile>
void write_elements(JsonStreamWriter& doc, const RunResult& run, unsigned jobs, ElementsOfFile elements_of) {
  constexpr std::size_t kBatch = 256;
  std::vector<std::vector<std::string>> rendered;
  for (std::size_t first = 0; first < run.files.size(); first += kBatch) {
    const std::size_t count = std::min(kBatch, run.files.size() - first);
    rendered.assign(count, {});
    parallel_for(count, jobs, [&](std::size_t i) {
      for (const auto& element : elements_of(run.files[first + i])) {
        rendered[i].push_back(JsonStreamWriter::render_element(element));
      }
    });
    for (const auto& file : rendered) {
      for (const auto& text : file) doc.rendered_element(text);
    }
  }
}

void write_json(std::ostream& out, const RunResult& run, const Options& options, Warnings&) {
  using nlohmann::ordered_json;
  JsonStreamWriter doc(out);
  doc.member("version", DLINT_VERSION);
  std::size_t counts[4] = {0, 0, 0, 0};
  std::size_t fixable = 0;
  for (const auto& file : run.files) {
    for (const auto& f : file.findings) {
      ++counts[static_cast<int>(f.severity)];
      if (f.fix) ++fixable;
    }
  }
  doc.begin_array("findings");
  write_elements(doc, run, options.jobs, [](const FileReport& file) {
    std::vector<ordered_json> items;
    items.reserve(file.findings.size());
    for (const auto& f : file.findings) items.push_back(finding_json(f, file));
    return items;
  });
  doc.end_array();
  doc.begin_array("files");
  for (const auto& file : run.files) {
    ordered_json entry;
    entry["path"] = file.path;
    entry["kind"] = file.kind ? std::string(input_kind_name(*file.kind)) : std::string("unknown");
    if (file.error) entry["error"] = *file.error;
    doc.element(entry);
  }
  doc.end_array();
  doc.begin_array("images");
  write_elements(doc, run, options.jobs, [](const FileReport& file) {
    std::vector<ordered_json> items;
    if (auto image = image_json(file); !image.is_null()) items.push_back(std::move(image));
    return items;
  });
  doc.end_array();
  doc.begin_array("verdicts");
  write_elements(doc, run, options.jobs, [](const FileReport& file) {
    std::vector<ordered_json> items;
    for (const auto& assessment : file.verdicts) items.push_back(verdict_json(assessment));
    return items;
  });
  doc.end_array();
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
