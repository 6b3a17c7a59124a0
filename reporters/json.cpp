// JSON: exact and stable, for other tools. 1-based lines and columns; the end points just past the span.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "engine/rule.hpp"
#include "reporters/common/json_stream.hpp"
#include "reporters/common/json_text_writer.hpp"
#include "reporters/json_images.hpp"
#include "reporters/json_verdicts.hpp"
#include "reporters/reporter.hpp"
#include "support/parallel_for.hpp"

namespace dlint::reporters {

namespace {

void write_finding(JsonTextWriter& out, const Finding& f, const FileReport& file) {
  out.begin_object();
  out.member("rule", f.rule->id);
  out.member("name", f.rule->name);
  out.key("aliases");
  out.begin_array();
  for (auto alias : f.rule->aliases) out.value(alias);
  out.end_array();
  out.member("severity", severity_name(f.severity));
  out.member("message", f.message);
  out.member("path", f.file ? f.file->path() : file.path);
  out.member("line", f.span.start.line);
  out.member("column", f.span.start.column);
  out.member("end_line", f.span.end_pos.line);
  out.member("end_column", f.span.end_pos.column);
  out.member("fixable", f.fix.has_value());
  out.end_object();
}

// The elements of one array, each file's in file order. `write_file(file, element)` calls
// `element(write)` once per element of the file, and `write(writer)` writes it (returning false when
// there is none after all). Files are rendered a batch at a time on all cores and each batch is written
// before the next is rendered: the report of a large run is tens of megabytes, and only a batch of it is
// held at once.
template <class WriteFile>
void write_elements(JsonStreamWriter& doc, const RunResult& run, unsigned jobs, WriteFile write_file) {
  constexpr std::size_t kBatch = 256;
  std::vector<std::vector<std::string>> rendered;
  for (std::size_t first = 0; first < run.files.size(); first += kBatch) {
    const std::size_t count = std::min(kBatch, run.files.size() - first);
    rendered.assign(count, {});
    parallel_for(count, jobs, [&](std::size_t i) {
      write_file(run.files[first + i], [&](auto&& write_element) {
        std::string text;
        JsonTextWriter writer(text, 2);
        if (write_element(writer)) rendered[i].push_back(std::move(text));
      });
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
  write_elements(doc, run, options.jobs, [](const FileReport& file, auto&& element) {
    for (const auto& f : file.findings) {
      element([&](JsonTextWriter& out) {
        write_finding(out, f, file);
        return true;
      });
    }
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
  write_elements(doc, run, options.jobs, [](const FileReport& file, auto&& element) {
    element([&](JsonTextWriter& out) { return write_image_json(out, file); });
  });
  doc.end_array();
  doc.begin_array("verdicts");
  write_elements(doc, run, options.jobs, [](const FileReport& file, auto&& element) {
    for (const auto& assessment : file.verdicts) {
      element([&](JsonTextWriter& out) {
        write_verdict_json(out, assessment);
        return true;
      });
    }
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
