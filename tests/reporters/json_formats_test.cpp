// The JSON formats (json, sarif, codeclimate, rdjson) stay valid JSON whatever bytes the analyzed files
// hold: text that is not UTF-8 is written as U+FFFD instead of failing the report.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/analyze_source.hpp"
#include "reporters/reporter.hpp"

using namespace dlint;

namespace {

// A Latin-1 Dockerfile: "EXPOSE 8\xe9" gets a finding whose message quotes the invalid port.
RunResult latin1_run() {
  RunResult run;
  FileReport report;
  report.path = "caf\xe9/Dockerfile";
  report.kind = InputKind::Dockerfile;
  auto source = std::make_shared<SourceFile>(0, report.path, "FROM alpine:3.20\nEXPOSE 8\xe9\n");
  report.findings = analyze_source(*source, InputKind::Dockerfile, Config{});
  report.source = source;
  run.files.push_back(report);
  run.thresholds.push_back(std::nullopt);
  return run;
}

}  // namespace

TEST_CASE("JSON formats replace bytes that are not UTF-8", "[formats]") {
  RunResult run = latin1_run();
  bool quoted = false;
  for (const auto& f : run.files[0].findings) quoted = quoted || f.message.find("8\xe9") != std::string::npos;
  REQUIRE(quoted);  // the input really does reach a message
  for (const char* format : {"json", "sarif", "codeclimate", "rdjson"}) {
    INFO(format);
    std::ostringstream out;
    reporters::Warnings warnings;
    REQUIRE_NOTHROW(reporters::find_format(format)->write(out, run, {}, warnings));
    const std::string text = out.str();
    CHECK(nlohmann::json::accept(text));
    CHECK(text.find("8\xEF\xBF\xBD") != std::string::npos);  // U+FFFD where the byte was
    CHECK(text.find('\xe9') == std::string::npos);
  }
}
