// Suppression comments of every tool dlint reads, end to end through analyze_source.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "engine/analyze_source.hpp"
#include "engine/rule.hpp"

using namespace dlint;

namespace {
// "line:RULE" of every finding, in order.
std::vector<std::string> findings_of(const std::string& text) {
  SourceFile file(0, "Dockerfile", text);
  std::vector<std::string> out;
  for (const auto& f : analyze_source(file, InputKind::Dockerfile, Config{})) {
    out.push_back(std::to_string(f.span.start.line) + ":" + std::string(f.rule->id));
  }
  return out;
}
bool has(const std::vector<std::string>& findings, const std::string& item) {
  return std::find(findings.begin(), findings.end(), item) != findings.end();
}
}  // namespace

TEST_CASE("hadolint stage ignore covers the stage that starts on the next line", "[engine][suppression]") {
  auto f = findings_of(
      "FROM ubuntu AS build\n"
      "# hadolint stage ignore=DL3006, DL3007\n"
      "FROM node AS tools\n"
      "FROM node:latest AS other\n"
      "COPY --from=tools /a /a\n");
  CHECK(has(f, "1:BP002"));
  CHECK_FALSE(has(f, "3:BP002"));
  CHECK(has(f, "4:BP003"));  // the next stage is not covered
  // Dropped when no FROM follows.
  auto g = findings_of("FROM ubuntu\n# hadolint stage ignore=DL3003\nRUN cd /x\n");
  CHECK(has(g, "3:BP015"));
}

TEST_CASE("trivy:ignore and checkov:skip", "[engine][suppression]") {
  auto f = findings_of(
      "FROM alpine:3.20\n"
      "# trivy:ignore:AVD-DS-0004\n"
      "EXPOSE 22\n"
      "EXPOSE 22/tcp\n"
      "# trivy:ignore:DS013\n"
      "RUN cd /tmp\n"
      "RUN cd /srv\n");
  CHECK_FALSE(has(f, "3:SEC022"));
  CHECK(has(f, "4:SEC022"));
  CHECK_FALSE(has(f, "6:BP015"));
  CHECK(has(f, "7:BP015"));

  auto g = findings_of("FROM alpine:3.20\n# checkov:skip=CKV_DOCKER_2: no health endpoint\nEXPOSE 80\n");
  CHECK_FALSE(has(g, "1:BP001"));
  CHECK(has(g, "1:SEC001"));
  // Codes of those tools dlint has no rule for are not reported as typos; real typos are.
  auto h =
      findings_of("FROM alpine:3.20\n# trivy:ignore:DS-0099\n# checkov:skip=CKV2_DOCKER_42\n# trivy:ignore:DZ001\n");
  CHECK_FALSE(has(h, "2:COR010"));
  CHECK_FALSE(has(h, "3:COR010"));
  CHECK(has(h, "4:COR010"));
}

TEST_CASE("hadolint ignore lists with blanks and a reason", "[engine][suppression]") {
  auto f = findings_of("FROM alpine:3.20\n# hadolint ignore=DL3003, DL3006  # cd is fine here\nRUN cd /tmp\n");
  CHECK_FALSE(has(f, "3:BP015"));
  CHECK_FALSE(has(f, "2:COR010"));
}
