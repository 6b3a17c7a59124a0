// The line-based and XML formats escape what their consumers would misread: workflow-command
// separators, XML markup, newlines in messages.
#include <catch2/catch.hpp>
#include <sstream>

#include "engine/analyze_source.hpp"
#include "reporters/common/markup.hpp"
#include "reporters/reporter.hpp"

using namespace dlint;

namespace {

std::string render(const std::string& format, const RunResult& run) {
  std::ostringstream out;
  reporters::Warnings warnings;
  reporters::find_format(format)->write(out, run, {}, warnings);
  return out.str();
}

RunResult one_finding(const std::string& path, const std::string& message) {
  RunResult run;
  FileReport report;
  report.path = path;
  report.kind = InputKind::Dockerfile;
  auto source = std::make_shared<SourceFile>(0, path, "FROM alpine:3.20\nRUN apk add curl\n");
  report.findings = analyze_source(*source, InputKind::Dockerfile, Config{});
  report.source = source;
  REQUIRE(!report.findings.empty());
  report.findings.resize(1);
  report.findings[0].message = message;
  run.files.push_back(report);
  return run;
}

}  // namespace

TEST_CASE("escaping for XML and GitHub workflow commands", "[formats]") {
  CHECK(reporters::xml_escape("a<b & \"c\" 'd'>\n\x01") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;&#10;?");
  CHECK(reporters::workflow_message_escape("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b");
  CHECK(reporters::workflow_property_escape("dir,x/a:b%") == "dir%2Cx/a%3Ab%25");
}

TEST_CASE("github, gnu, checkstyle and junit carry awkward paths and messages intact", "[formats]") {
  RunResult run = one_finding("we,ird:dir/Dockerfile", "100% <bad>\nsecond line");
  std::string github = render("github", run);
  CHECK(github.rfind("::", 0) == 0);
  CHECK(github.find("file=we%2Cird%3Adir/Dockerfile,line=") != std::string::npos);
  CHECK(github.find("::100%25 <bad>%0Asecond line\n") != std::string::npos);
  CHECK(render("gnu", run).find("we,ird:dir/Dockerfile:") == 0);
  std::string checkstyle = render("checkstyle", run);
  CHECK(checkstyle.find("message=\"100% &lt;bad&gt;&#10;second line\"") != std::string::npos);
  CHECK(render("junit", run).find("failures=\"1\"") != std::string::npos);

  RunResult failed;
  FileReport missing;
  missing.path = "gone/Dockerfile";
  missing.error = "no such file or directory";
  missing.input_error = true;
  failed.files.push_back(missing);
  CHECK(render("gnu", failed) == "gone/Dockerfile: error: no such file or directory\n");
  CHECK(render("github", failed) == "::error file=gone/Dockerfile,title=dlint::no such file or directory\n");
  CHECK(render("junit", failed).find("<error message=\"no such file or directory\"/>") != std::string::npos);
}
