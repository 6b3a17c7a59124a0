// The SARIF writer: UTF-16 columns, rule indexes, fixes, suppressions, notifications, fingerprints and
// GitHub's upload limits. (sarif_validation_test.cpp runs the real validators over the same shapes.)
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/analyze_source.hpp"
#include "engine/config.hpp"
#include "engine/rule.hpp"
#include "reporters/common/fingerprints.hpp"
#include "reporters/common/positions.hpp"
#include "reporters/common/uris.hpp"
#include "reporters/reporter.hpp"

using namespace dlint;
using nlohmann::json;

namespace {

FileReport report_of(const std::string& path, const std::string& text, FileId id = 0) {
  FileReport report;
  report.path = path;
  report.kind = InputKind::Dockerfile;
  auto source = std::make_shared<SourceFile>(id, path, text);
  report.findings = analyze_source(*source, InputKind::Dockerfile, Config{}, {.suppressed = &report.suppressed});
  report.source = std::move(source);
  return report;
}

json sarif(const RunResult& run, reporters::Options options = {}, reporters::Warnings* warnings = nullptr) {
  std::ostringstream out;
  reporters::Warnings ignored;
  if (options.srcroot.empty()) options.srcroot = "/work/project";
  reporters::find_format("sarif")->write(out, run, options, warnings ? *warnings : ignored);
  return json::parse(out.str());
}

const json* result_for(const json& log, const std::string& rule) {
  for (const auto& r : log["runs"][0]["results"]) {
    if (r["ruleId"] == rule) return &r;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("SARIF columns are UTF-16 code units, converted from byte offsets", "[sarif]") {
  // 🐳 is one code point, two UTF-16 units and four bytes; é is one unit and two bytes.
  std::string text = "FROM python:3.12\nRUN echo \"\xF0\x9F\x90\xB3\xC3\xA9\" && pip install flask\n";
  SourceFile file(0, "Dockerfile", text);
  std::uint32_t install = static_cast<std::uint32_t>(text.find("install"));
  CHECK(file.position(install).column == 22);
  CHECK(reporters::utf16_position(file, install).column == 23);
  CHECK(reporters::byte_position(file, install).column == 26);

  RunResult run;
  run.files.push_back(report_of("Dockerfile", text));
  json log = sarif(run);
  const json* pip = result_for(log, "SIZE003");
  REQUIRE(pip != nullptr);
  const json& region = (*pip)["locations"][0]["physicalLocation"]["region"];
  CHECK(region["startLine"] == 2);
  CHECK(region["startColumn"] == 23);
  CHECK(region["endColumn"] == 30);
  CHECK(region["snippet"]["text"] == "install");
  CHECK(log["runs"][0]["columnKind"] == "utf16CodeUnits");

  // A BOM is not a column.
  SourceFile bom(0, "Dockerfile",
                 "\xEF\xBB\xBF"
                 "FROM x\n");
  CHECK(reporters::utf16_position(bom, 3).column == 1);
  CHECK(reporters::utf16_position(bom, 8).column == 6);
}

TEST_CASE("SARIF describes every rule, and results point at theirs by index", "[sarif]") {
  RunResult run;
  run.files.push_back(report_of("app/Dockerfile", "FROM node:latest\nMAINTAINER me\n"));
  json log = sarif(run);
  const json& driver = log["runs"][0]["tool"]["driver"];
  CHECK(driver["name"] == "dlint");
  CHECK(driver["semanticVersion"] == DLINT_VERSION);
  CHECK(driver["rules"].size() == RuleRegistry::instance().rules().size());
  for (const auto& rule : driver["rules"]) {
    CHECK(!rule["shortDescription"]["text"].get<std::string>().empty());
    CHECK(rule["fullDescription"]["text"].get<std::string>().size() <= 1024);
    CHECK(rule["help"]["markdown"].get<std::string>().find("# " + rule["id"].get<std::string>()) == 0);
    CHECK(rule["helpUri"] ==
          "https://github.com/dlint/dlint/blob/main/docs/rules/" + rule["id"].get<std::string>() + ".md");
    bool security = rule["properties"]["tags"][0] == "security";
    CHECK(rule["properties"].contains("security-severity") == security);
  }
  REQUIRE(!log["runs"][0]["results"].empty());
  for (const auto& result : log["runs"][0]["results"]) {
    CHECK(driver["rules"][result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
    const json& location = result["locations"][0]["physicalLocation"]["artifactLocation"];
    CHECK(location["uri"] == "app/Dockerfile");
    CHECK(location["uriBaseId"] == "%SRCROOT%");
    CHECK(result["message"]["text"].get<std::string>().back() == '.');
  }
  CHECK(log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///work/project/");

  reporters::Options docs;
  docs.docs_base_url = "https://example.com/dlint/rules";
  CHECK(sarif(run, docs)["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"].get<std::string>().rfind(
            "https://example.com/dlint/rules/", 0) == 0);
}

TEST_CASE("SARIF fixes carry the edits as artifact changes", "[sarif]") {
  RunResult run;
  run.files.push_back(report_of("Dockerfile", "FROM alpine:3.20\nMAINTAINER me\nRUN apk add curl\n"));
  json log = sarif(run);
  const json* apk = result_for(log, "SIZE002");
  REQUIRE(apk != nullptr);
  REQUIRE((*apk)["fixes"].size() == 1);
  const json& change = (*apk)["fixes"][0]["artifactChanges"][0];
  CHECK(change["artifactLocation"]["uri"] == "Dockerfile");
  const json& replacement = change["replacements"][0];
  CHECK(replacement["deletedRegion"]["startLine"] == 3);
  CHECK(replacement["deletedRegion"]["startColumn"] == 12);
  CHECK(replacement["deletedRegion"]["endColumn"] == 12);
  CHECK(replacement["insertedContent"]["text"] == " --no-cache");
  CHECK((*apk)["fixes"][0]["properties"]["applicability"] == "safe");
  const json* unfixable = result_for(log, "SEC001");
  REQUIRE(unfixable != nullptr);
  CHECK(!unfixable->contains("fixes"));
}

TEST_CASE("SARIF leaves suppressed findings out unless asked, then marks them", "[sarif]") {
  RunResult run;
  run.files.push_back(
      report_of("Dockerfile", "FROM python:3.12\n# dlint ignore=pip-without-no-cache-dir\nRUN pip install flask\n"));
  REQUIRE(run.files[0].suppressed.size() == 1);
  CHECK(result_for(sarif(run), "SIZE003") == nullptr);
  reporters::Options keep;
  keep.include_suppressed = true;
  json log = sarif(run, keep);
  const json* pip = result_for(log, "SIZE003");
  REQUIRE(pip != nullptr);
  CHECK((*pip)["suppressions"][0]["kind"] == "inSource");
  for (const auto& r : log["runs"][0]["results"]) CHECK(r.contains("suppressions") == (r["ruleId"] == "SIZE003"));
}

TEST_CASE("SARIF invocations report files that failed to parse or to be read", "[sarif]") {
  RunResult run;
  run.files.push_back(report_of("Dockerfile", "FROM alpine:3.19\nCOPY --chown app /a /b\n"));
  run.files[0].error = "the file has syntax errors; every instruction that could be read was analyzed";
  FileReport missing;
  missing.path = "gone/Dockerfile";
  missing.error = "no such file or directory";
  missing.input_error = true;
  run.files.push_back(missing);
  json log = sarif(run);
  const json& invocation = log["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == false);
  REQUIRE(invocation["toolExecutionNotifications"].size() == 2);
  CHECK(invocation["toolExecutionNotifications"][0]["level"] == "warning");
  CHECK(invocation["toolExecutionNotifications"][1]["level"] == "error");
  CHECK(invocation["toolExecutionNotifications"][1]["message"]["text"] ==
        "gone/Dockerfile: no such file or directory.");
  CHECK(invocation["toolExecutionNotifications"][1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "gone/Dockerfile");

  RunResult fine;
  fine.files.push_back(report_of("Dockerfile", "FROM alpine:3.19\n"));
  CHECK(sarif(fine)["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("SARIF relatedLocations point into other files, in their own UTF-16 columns", "[sarif]") {
  RunResult run;
  run.files.push_back(report_of("Dockerfile", "FROM alpine:3.20\nRUN apk add curl\n"));
  run.files.push_back(report_of("other/Dockerfile", "FROM alpine:3.20\nLABEL x=\"\xF0\x9F\x90\xB3\" y=1\n", 1));
  const SourceFile& other = *run.files[1].source;
  std::uint32_t y = static_cast<std::uint32_t>(other.text().find("y=1"));
  REQUIRE(!run.files[0].findings.empty());
  run.files[0].findings[0].related.push_back({"other/Dockerfile", other.span(y, y + 3), "the other place"});
  json log = sarif(run);
  const json& related = log["runs"][0]["results"][0]["relatedLocations"][0];
  CHECK(related["physicalLocation"]["artifactLocation"]["uri"] == "other/Dockerfile");
  CHECK(related["physicalLocation"]["region"]["startLine"] == 2);
  CHECK(related["physicalLocation"]["region"]["startColumn"] == 14);  // code point column 13
  CHECK(related["message"]["text"] == "The other place.");
}

TEST_CASE("finding fingerprints survive unrelated edits; GitHub's line hash matches its definition", "[sarif]") {
  auto fingerprint_of = [](const std::string& text, const std::string& rule) {
    RunResult run;
    run.files.push_back(report_of("Dockerfile", text));
    json log = sarif(run);
    const json* r = result_for(log, rule);
    REQUIRE(r != nullptr);
    return (*r)["partialFingerprints"];
  };
  std::string base = "FROM python:3.12\nRUN pip install flask\nUSER app\nCMD [\"flask\"]\n";
  std::string moved = "FROM python:3.12\nENV A=1\n  RUN   pip install flask\nUSER nobody\nCMD [\"flask\", \"run\"]\n";
  std::string changed = "FROM python:3.12\nRUN pip install django\nUSER app\nCMD [\"flask\"]\n";
  json a = fingerprint_of(base, "SIZE003");
  CHECK(a["dlintFindingHash/v1"] == fingerprint_of(moved, "SIZE003")["dlintFindingHash/v1"]);
  CHECK(a["dlintFindingHash/v1"] != fingerprint_of(changed, "SIZE003")["dlintFindingHash/v1"]);
  CHECK(a.contains("primaryLocationLineHash"));

  // GitHub's hash of a line is sum(c[i] * 37^(99-i)) mod 2^64 over the next 100 characters, spaces and
  // tabs skipped, CR/CRLF as LF, then U+FFFF for the end of the file and zeros; ":N" numbers repeats.
  auto expected_hash = [](const std::u16string& rest) {
    std::u16string chars;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      char16_t c = rest[i];
      if (c == u' ' || c == u'\t') continue;
      if (c == u'\r') {
        chars += u'\n';
        if (i + 1 < rest.size() && rest[i + 1] == u'\n') ++i;
        continue;
      }
      chars += c;
    }
    chars += char16_t{0xFFFF};
    std::uint64_t hash = 0;
    for (int i = 0; i < 100; ++i) hash = hash * 37 + (i < static_cast<int>(chars.size()) ? chars[i] : 0);
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%llx", static_cast<unsigned long long>(hash));
    return std::string(buffer);
  };
  std::string text = "FROM a\r\n\tRUN x \xC3\xA9\n\nRUN x \xC3\xA9\n" + std::string(150, 'y') + "\nz";
  std::u16string utf16 = u"FROM a\r\n\tRUN x \u00e9\n\nRUN x \u00e9\n" + std::u16string(150, u'y') + u"\nz";
  auto hashes = reporters::github_line_hashes(text);
  REQUIRE(hashes.size() == 6);
  std::size_t line_starts[] = {0, 8, 17, 18, 26, 177};
  for (int line = 0; line < 6; ++line) {
    std::string want = expected_hash(utf16.substr(line_starts[line]));
    INFO("line " << line + 1);
    CHECK(hashes[line].substr(0, hashes[line].find(':')) == want);
  }
  CHECK(hashes[1] == expected_hash(utf16.substr(8)) + ":1");
  CHECK(hashes[0].substr(hashes[0].find(':')) == ":1");
}

TEST_CASE("SARIF warns past GitHub's limits: 25,000 results per run, 10 MB compressed", "[sarif]") {
  RunResult run;
  run.files.push_back(report_of("Dockerfile", "FROM alpine:3.20\nRUN apk add curl\n"));
  REQUIRE(!run.files[0].findings.empty());
  Finding one = run.files[0].findings[0];
  run.files[0].findings.assign(25000, one);
  reporters::Warnings warnings;
  sarif(run, {}, &warnings);
  CHECK(warnings.empty());
  run.files[0].findings.push_back(one);
  sarif(run, {}, &warnings);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("25001 results") != std::string::npos);
  CHECK(warnings[0].find("at most 25000") != std::string::npos);

  // Messages that do not compress: 2,500 results of 6 KB of pseudo-random text.
  std::uint64_t state = 88172645463325252ull;
  std::string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/";
  run.files[0].findings.assign(2500, one);
  for (auto& f : run.files[0].findings) {
    f.message.clear();
    for (int i = 0; i < 6000; ++i) {
      state ^= state << 13;
      state ^= state >> 7;
      state ^= state << 17;
      f.message += alphabet[state % 64];
    }
  }
  warnings.clear();
  sarif(run, {}, &warnings);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("gzip-compressed; GitHub code scanning rejects uploads over 10 MB") != std::string::npos);
}

TEST_CASE("artifact URIs are relative to the source root and percent-encoded", "[sarif]") {
  using reporters::artifact_uri;
  CHECK(artifact_uri("app/Dockerfile", "/src").uri == "app/Dockerfile");
  CHECK(artifact_uri("./app/Dockerfile", "/src").uri == "app/Dockerfile");
  CHECK(artifact_uri("/src/a b/Dockerfile", "/src").uri == "a%20b/Dockerfile");
  CHECK(artifact_uri("/src/caf\xC3\xA9/Dockerfile#1", "/src").uri == "caf%C3%A9/Dockerfile%231");
  auto outside = artifact_uri("../other/Dockerfile", "/src/repo");
  CHECK(outside.uri == "file:///src/other/Dockerfile");
  CHECK_FALSE(outside.relative);
  CHECK(reporters::directory_uri("/src/repo") == "file:///src/repo/");
}

TEST_CASE("rules report related locations through their context", "[sarif]") {
  SourceFile file(0, "Dockerfile", "FROM alpine:3.20 AS base\nFROM base\n");
  RuleMeta meta;
  meta.id = "TST001";
  Config config;
  std::vector<Finding> out;
  RuleContext ctx(file, config, meta, out);
  ctx.report(file.span(30, 34), "uses base", std::nullopt, {{"", file.span(20, 24), "base is defined here"}});
  REQUIRE(out.size() == 1);
  REQUIRE(out[0].related.size() == 1);
  CHECK(out[0].related[0].span.start.line == 1);
  CHECK(out[0].related[0].message == "base is defined here");
}
