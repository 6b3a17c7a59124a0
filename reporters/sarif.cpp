// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, SARIF viewers). One run; the driver lists every
// rule with its help, so alerts explain themselves. Columns are UTF-16 code units, as SARIF defines them.
// GitHub ignores `fixes` and `suppressions`, and shows suppressed results as open alerts, so those are
// left out unless asked for (Options::include_suppressed).
#include <zlib.h>

#include <cctype>
#include <map>
#include <nlohmann/json.hpp>

#include "engine/rule.hpp"
#include "engine/rule_docs.hpp"
#include "reporters/common/fingerprints.hpp"
#include "reporters/common/json_text.hpp"
#include "reporters/common/positions.hpp"
#include "reporters/common/reports_by_file.hpp"
#include "reporters/common/uris.hpp"
#include "reporters/reporter.hpp"

namespace dlint::reporters {
namespace {

using nlohmann::ordered_json;

// GitHub code scanning's documented upload limits.
constexpr std::size_t kMaxResultsPerRun = 25000;
constexpr std::size_t kMaxGzipBytes = 10 * 1000 * 1000;
constexpr std::size_t kMaxDescription = 1024;

std::string_view level_of(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info:
    case Severity::Style: return "note";
  }
  return "warning";
}

// GitHub's `security-severity`: a CVSS-like score that files a security rule under critical/high/medium/low.
std::string_view security_severity(Severity s) {
  switch (s) {
    case Severity::Error: return "8.0";    // high
    case Severity::Warning: return "5.5";  // medium
    case Severity::Info: return "3.0";     // low
    case Severity::Style: return "1.0";    // low
  }
  return "5.5";
}

std::string_view problem_severity(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    default: return "recommendation";
  }
}

// GitHub cuts descriptions at 1024 characters; end at the last sentence that fits.
std::string fit_description(std::string_view text) {
  if (text.size() <= kMaxDescription) return std::string(text);
  std::string_view head = text.substr(0, kMaxDescription);
  std::size_t cut = head.rfind(". ");
  if (cut == std::string_view::npos) {
    cut = head.rfind(' ');
    return std::string(head.substr(0, cut == std::string_view::npos ? kMaxDescription - 3 : cut)) + "...";
  }
  return std::string(head.substr(0, cut + 1));
}

// SARIF messages are sentences (GitHub titles an alert with the first one); dlint's read as one without
// the capital and the final period.
std::string sentence(std::string_view text, bool capitalize = true) {
  std::string out(text);
  if (capitalize && !out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  if (!out.empty() && out.back() != '.' && out.back() != '!' && out.back() != '?') out += '.';
  return out;
}

// SARIF's convention for a rule's friendly name: `image-latest-tag` -> `ImageLatestTag`.
std::string pascal_case(std::string_view kebab) {
  std::string out;
  bool upper = true;
  for (char c : kebab) {
    if (c == '-' || c == '_') {
      upper = true;
    } else {
      out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      upper = false;
    }
  }
  return out;
}

ordered_json rule_descriptor(const RuleMeta& m, const Options& options) {
  ordered_json tags = ordered_json::array();
  tags.push_back(std::string(m.family));
  for (auto kind : m.kinds) tags.push_back(std::string(input_kind_name(kind)));
  bool security = m.family == "security";
  ordered_json properties;
  properties["tags"] = std::move(tags);
  properties["precision"] = m.enabled_by_default ? "high" : "medium";
  if (security) {
    properties["security-severity"] = std::string(security_severity(m.severity));
  } else {
    properties["problem.severity"] = std::string(problem_severity(m.severity));
  }
  ordered_json aliases = ordered_json::array();
  for (auto a : m.aliases) aliases.push_back(std::string(a));
  if (!aliases.empty()) properties["aliases"] = std::move(aliases);
  properties["fixable"] = m.fixable;
  properties["dlintName"] = std::string(m.name);

  ordered_json rule;
  rule["id"] = std::string(m.id);
  rule["name"] = pascal_case(m.name);
  rule["shortDescription"] = {{"text", sentence(m.summary)}};
  rule["fullDescription"] = {{"text", fit_description(m.rationale)}};
  rule["helpUri"] = rule_doc_url(options, m);
  rule["help"] = {{"text", rule_explain_text(m)}, {"markdown", rule_doc_markdown(m)}};
  rule["defaultConfiguration"] = {{"enabled", m.enabled_by_default}, {"level", std::string(level_of(m.severity))}};
  rule["properties"] = std::move(properties);
  return rule;
}

ordered_json artifact_location(const std::string& path, const Options& options) {
  ArtifactUri uri = artifact_uri(path, options.srcroot);
  ordered_json location;
  location["uri"] = uri.uri;
  if (uri.relative) location["uriBaseId"] = "%SRCROOT%";
  return location;
}

// A region in UTF-16 columns when the file's text is at hand, in dlint's code-point columns otherwise
// (the same on every line without characters beyond the Basic Multilingual Plane).
ordered_json region(const SourceFile* source, const Span& span) {
  LineColumn start{span.start.line, span.start.column};
  LineColumn end{span.end_pos.line, span.end_pos.column};
  if (source) {
    start = utf16_position(*source, span.begin);
    end = utf16_position(*source, span.end);
  }
  ordered_json r;
  r["startLine"] = start.line;
  r["startColumn"] = start.column;
  r["endLine"] = end.line;
  r["endColumn"] = end.column;
  return r;
}

// The region with its text, and the whole lines around it as the context viewers show.
ordered_json physical_location(const std::string& path, const SourceFile* source, const Span& span,
                               const Options& options) {
  ordered_json location;
  location["artifactLocation"] = artifact_location(path, options);
  if (!span.valid()) return location;
  ordered_json r = region(source, span);
  if (source && span.begin <= span.end && span.end <= source->text().size()) {
    std::string_view text = source->text();
    r["snippet"] = {{"text", std::string(text.substr(span.begin, span.end - span.begin))}};
    std::string_view first = source->line(span.start.line);
    std::string_view last = source->line(std::max(span.start.line, span.end_pos.line));
    auto context_begin = static_cast<std::uint32_t>(first.data() - text.data());
    auto context_end = static_cast<std::uint32_t>(last.data() + last.size() - text.data());
    if (context_end >= span.end && context_begin <= span.begin) {
      ordered_json context = region(source, source->span(context_begin, context_end));
      context["snippet"] = {{"text", std::string(text.substr(context_begin, context_end - context_begin))}};
      location["region"] = std::move(r);
      location["contextRegion"] = std::move(context);
      return location;
    }
  }
  location["region"] = std::move(r);
  return location;
}

ordered_json fix_of(const Fix& fix, const std::string& path, const SourceFile& source, const Options& options) {
  std::vector<TextEdit> edits = fix.edits;
  std::stable_sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) { return a.begin < b.begin; });
  ordered_json replacements = ordered_json::array();
  for (const auto& e : edits) {
    ordered_json replacement;
    replacement["deletedRegion"] = region(&source, source.span(e.begin, e.end));
    if (!e.replacement.empty()) replacement["insertedContent"] = {{"text", e.replacement}};
    replacements.push_back(std::move(replacement));
  }
  ordered_json change;
  change["artifactLocation"] = artifact_location(path, options);
  change["replacements"] = std::move(replacements);
  ordered_json out;
  out["description"] = {{"text", sentence(fix.title)}};
  out["artifactChanges"] = ordered_json::array({std::move(change)});
  out["properties"] = {{"applicability", fix.safe ? "safe" : "unsafe"}};
  return out;
}

const SourceFile* source_named(const RunResult& run, const std::string& path) {
  for (const auto& file : run.files) {
    if (file.path == path && file.source) return file.source.get();
  }
  return nullptr;
}

std::size_t gzip_size(const std::string& text) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return 0;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  std::vector<unsigned char> buffer(1 << 16);
  std::size_t total = 0;
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    stream.next_out = buffer.data();
    stream.avail_out = static_cast<uInt>(buffer.size());
    status = deflate(&stream, Z_FINISH);
    if (status == Z_STREAM_ERROR) break;
    total += buffer.size() - stream.avail_out;
  }
  deflateEnd(&stream);
  return total;
}

std::string megabytes(std::size_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return buffer;
}

void write_sarif(std::ostream& out, const RunResult& input, const Options& options, Warnings& warnings) {
  const RunResult run = reports_by_file(input);
  const auto& registry = RuleRegistry::instance().rules();
  std::map<std::string_view, std::size_t> rule_index;
  ordered_json rules = ordered_json::array();
  for (const auto& rule : registry) {
    rule_index[rule->meta().id] = rules.size();
    rules.push_back(rule_descriptor(rule->meta(), options));
  }

  ordered_json results = ordered_json::array();
  ordered_json notifications = ordered_json::array();
  bool execution_successful = true;
  for (const auto& file : run.files) {
    const SourceFile* source = file.source.get();
    if (file.error) {
      if (file.input_error) execution_successful = false;
      ordered_json note;
      note["level"] = file.input_error || !source ? "error" : "warning";
      note["message"] = {{"text", sentence(file.path + ": " + *file.error, /*capitalize=*/false)}};
      note["locations"] =
          ordered_json::array({{{"physicalLocation", {{"artifactLocation", artifact_location(file.path, options)}}}}});
      notifications.push_back(std::move(note));
    }

    std::vector<Finding> findings = file.findings;
    std::size_t reported = findings.size();
    if (options.include_suppressed) findings.insert(findings.end(), file.suppressed.begin(), file.suppressed.end());
    std::vector<std::string> line_hashes = source ? github_line_hashes(source->text()) : std::vector<std::string>{};
    std::vector<std::string> fingerprints = finding_fingerprints(file.path, source, findings);

    for (std::size_t i = 0; i < findings.size(); ++i) {
      const Finding& f = findings[i];
      ordered_json result;
      result["ruleId"] = std::string(f.rule->id);
      result["ruleIndex"] = rule_index[f.rule->id];
      result["level"] = std::string(level_of(f.severity));
      result["message"] = {{"text", sentence(f.message)}};
      result["locations"] =
          ordered_json::array({{{"physicalLocation", physical_location(file.path, source, f.span, options)}}});
      if (!f.related.empty()) {
        ordered_json related = ordered_json::array();
        for (std::size_t k = 0; k < f.related.size(); ++k) {
          const RelatedLocation& r = f.related[k];
          const std::string& path = r.path.empty() ? file.path : r.path;
          const SourceFile* related_source = r.path.empty() ? source : source_named(run, r.path);
          ordered_json location;
          location["id"] = k;
          location["physicalLocation"] = physical_location(path, related_source, r.span, options);
          if (!r.message.empty()) location["message"] = {{"text", sentence(r.message)}};
          related.push_back(std::move(location));
        }
        result["relatedLocations"] = std::move(related);
      }
      ordered_json partial;
      if (f.span.valid() && f.span.start.line <= line_hashes.size() && !line_hashes[f.span.start.line - 1].empty()) {
        partial["primaryLocationLineHash"] = line_hashes[f.span.start.line - 1];
      }
      partial["dlintFindingHash/v1"] = fingerprints[i];
      result["partialFingerprints"] = std::move(partial);
      if (f.fix && source) result["fixes"] = ordered_json::array({fix_of(*f.fix, file.path, *source, options)});
      if (i >= reported) result["suppressions"] = ordered_json::array({{{"kind", "inSource"}}});
      results.push_back(std::move(result));
    }
  }

  ordered_json driver;
  driver["name"] = "dlint";
  driver["semanticVersion"] = DLINT_VERSION;
  driver["informationUri"] = std::string(kProjectUrl);
  driver["rules"] = std::move(rules);

  ordered_json invocation;
  invocation["executionSuccessful"] = execution_successful;
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  if (!options.srcroot.empty()) invocation["workingDirectory"] = {{"uri", directory_uri(options.srcroot)}};

  ordered_json sarif_run;
  sarif_run["tool"] = {{"driver", std::move(driver)}};
  sarif_run["invocations"] = ordered_json::array({std::move(invocation)});
  if (!options.srcroot.empty()) {
    sarif_run["originalUriBaseIds"] = {{"%SRCROOT%", {{"uri", directory_uri(options.srcroot)}}}};
  }
  std::size_t result_count = results.size();
  sarif_run["results"] = std::move(results);
  sarif_run["columnKind"] = "utf16CodeUnits";

  ordered_json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = ordered_json::array({std::move(sarif_run)});
  std::string text = json_text(log, 2) + "\n";

  if (result_count > kMaxResultsPerRun) {
    warnings.push_back("the SARIF log has " + std::to_string(result_count) +
                       " results; GitHub code scanning accepts at most " + std::to_string(kMaxResultsPerRun) +
                       " per run and keeps only the 5000 most severe (raise --failure-threshold or switch rules off)");
  }
  if (text.size() > kMaxGzipBytes) {  // compressing is only worth it when the limit is within reach
    std::size_t compressed = gzip_size(text);
    if (compressed > kMaxGzipBytes) {
      warnings.push_back("the SARIF log is " + megabytes(compressed) +
                         " gzip-compressed; GitHub code scanning rejects uploads over 10 MB compressed");
    }
  }
  out << text;
}

}  // namespace

DLINT_REGISTER_FORMAT(sarif, "sarif", "SARIF 2.1.0 for GitHub code scanning and SARIF viewers", write_sarif);

}  // namespace dlint::reporters
