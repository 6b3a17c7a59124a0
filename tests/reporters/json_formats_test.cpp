// The JSON formats (json, sarif, codeclimate, rdjson) stay valid JSON whatever bytes the analyzed files
// hold: text that is not UTF-8 is written as U+FFFD instead of failing the report.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/analyze_source.hpp"
#include "reporters/common/json_text.hpp"
#include "reporters/common/json_text_writer.hpp"
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

TEST_CASE("JsonTextWriter writes what json_text would, at any depth", "[formats]") {
  using nlohmann::ordered_json;
  ordered_json expected = {{"plain", "text"},
                           {"escaped", "a \"quoted\"\tline\n\x01 caf\xc3\xa9"},
                           {"broken", "8\xe9"},
                           {"empty_array", ordered_json::array()},
                           {"empty_object", ordered_json::object()},
                           {"numbers", {0, 42, 18446744073709551615ull}},
                           {"flags", {true, false}},
                           {"nothing", nullptr},
                           {"nested", {{"list", {{{"a", 1}}, ordered_json::object()}}}}};
  for (int depth : {0, 2}) {
    std::string text;
    reporters::JsonTextWriter out(text, depth);
    out.begin_object();
    out.key("plain");
    out.value("text");
    out.key("escaped");
    out.value("a \"quoted\"\tline\n\x01 caf\xc3\xa9");
    out.key("broken");
    out.value("8\xe9");
    out.key("empty_array");
    out.begin_array();
    out.end_array();
    out.key("empty_object");
    out.begin_object();
    out.end_object();
    out.key("numbers");
    out.begin_array();
    out.value(std::uint64_t{0});
    out.value(std::uint32_t{42});
    out.value(std::uint64_t{18446744073709551615ull});
    out.end_array();
    out.key("flags");
    out.begin_array();
    out.value(true);
    out.value(false);
    out.end_array();
    out.key("nothing");
    out.null();
    out.key("nested");
    out.begin_object();
    out.key("list");
    out.begin_array();
    out.begin_object();
    out.key("a");
    out.value(std::uint64_t{1});
    out.end_object();
    out.begin_object();
    out.end_object();
    out.end_array();
    out.end_object();
    out.end_object();
    // At depth d, every line after the first is indented 2*d more than json_text indents it.
    std::string want = reporters::json_text(expected, 2);
    std::string indented;
    for (char c : want) {
      indented += c;
      if (c == '\n') indented.append(static_cast<std::size_t>(2 * depth), ' ');
    }
    INFO("depth " << depth);
    CHECK(text == indented);
  }
}
