// `dlint fix` without the disk: every fixable rule reaches a fixpoint, conflicting edits are resolved
// the same way every time, and fixed text keeps the file's line endings.
#include <catch2/catch.hpp>

#include "engine/analyze_source.hpp"
#include "engine/fix_source.hpp"
#include "engine/rule.hpp"

using namespace dlint;

namespace {

FixResult fix(const std::string& text, bool unsafe = true, const Config& config = {}) {
  SourceFile file(0, "Dockerfile", text);
  FixOptions options;
  options.unsafe = unsafe;
  return fix_source(file, InputKind::Dockerfile, config, nullptr, options);
}

std::vector<Finding> analyze(const std::string& text, const Config& config = {}) {
  SourceFile file(0, "Dockerfile", text);
  return analyze_source(file, InputKind::Dockerfile, config);
}

}  // namespace

TEST_CASE("every fixable rule's bad example is fixed to a fixpoint", "[fix]") {
  Config config;
  config.pinned_tags["node"] = "20.11-bookworm";
  config.pinned_tags["ubuntu"] = "24.04";
  config.pinned_tags["alpine"] = "3.20";
  config.pinned_tags["debian"] = "12";
  std::size_t fixable_rules = 0;
  for (const auto& rule : RuleRegistry::instance().rules()) {
    const RuleMeta& m = rule->meta();
    if (!m.fixable || std::find(m.kinds.begin(), m.kinds.end(), InputKind::Dockerfile) == m.kinds.end()) continue;
    ++fixable_rules;
    // Some examples are fragments that show only the instruction that matters.
    std::string example(m.bad_example);
    if (example.find("FROM ") == std::string::npos && example.find("from ") == std::string::npos) {
      example = "FROM debian:12\n" + example;
    }
    INFO(m.id << " " << m.name << "\n--- bad example ---\n" << example);
    bool rule_has_fix = false;
    for (const auto& f : analyze(example, config)) {
      rule_has_fix = rule_has_fix || (f.rule == &m && f.fix.has_value());
    }
    CHECK(rule_has_fix);  // a fixable rule's own example shows its fix
    FixResult once = fix(example, true, config);
    INFO("--- fixed ---\n" << once.text);
    CHECK(once.converged);
    CHECK(once.applied > 0);
    for (const auto& f : analyze(once.text, config)) CHECK_FALSE(f.fix.has_value());
    FixResult twice = fix(once.text, true, config);
    CHECK(twice.applied == 0);
    CHECK(twice.text == once.text);
  }
  CHECK(fixable_rules >= 10);
}

TEST_CASE("safe fixes by default; unsafe ones are counted and wait for --unsafe-fixes", "[fix]") {
  std::string text = "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n";
  FixResult safe = fix(text, false);
  CHECK(safe.text == text);
  CHECK(safe.applied == 0);
  CHECK(safe.unsafe_remaining == 1);  // --no-install-recommends is unsafe
  FixResult all = fix(text, true);
  CHECK(all.text ==
        "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf "
        "/var/lib/apt/lists/*\n");
  CHECK(all.unsafe_remaining == 0);
}

TEST_CASE("fixes for several rules on one command all land, over as many passes as they need", "[fix]") {
  // -y and --no-install-recommends insert at one offset: one per pass, in rule-id order.
  FixResult r = fix("FROM debian:12\nrun apt-get update && apt-get install curl\nCMD [\"curl\"]\n", true);
  CHECK(r.converged);
  CHECK(r.text ==
        "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf "
        "/var/lib/apt/lists/*\nCMD [\"curl\"]\n");
}

TEST_CASE("conflicting edits: the earlier fix wins, the other waits for the next pass", "[fix]") {
  RuleMeta a;
  a.id = "AAA001";
  RuleMeta b;
  b.id = "BBB001";
  std::vector<Finding> findings;
  findings.push_back(Finding{&b, Severity::Warning, "b", {}, Fix{"b", {TextEdit{4, 4, "B"}}, true}, {}});
  findings.push_back(Finding{&a, Severity::Warning, "a", {}, Fix{"a", {TextEdit{4, 4, "A"}}, true}, {}});
  findings.push_back(Finding{&a, Severity::Warning, "c", {}, Fix{"c", {TextEdit{2, 6, "C"}}, true}, {}});
  findings.push_back(Finding{&b, Severity::Warning, "d", {}, Fix{"d", {TextEdit{8, 9, "D"}}, true}, {}});
  findings.push_back(Finding{&b, Severity::Warning, "u", {}, Fix{"u", {TextEdit{10, 10, "U"}}, false}, {}});
  std::size_t chosen = 0;
  auto edits = choose_fixes(findings, false, &chosen);
  // Sorted by first offset then rule: C (2..6) first; A and B at 4 overlap it; D is clear; U is unsafe.
  REQUIRE(chosen == 2);
  CHECK(edits[0].replacement == "C");
  CHECK(edits[1].replacement == "D");
  std::reverse(findings.begin(), findings.end());
  auto again = choose_fixes(findings, false);
  REQUIRE(again.size() == 2);
  CHECK(again[0].replacement == "C");
  CHECK(again[1].replacement == "D");
}

TEST_CASE("fixed text keeps CRLF line endings", "[fix]") {
  std::vector<TextEdit> edits{{0, 0, "a\nb\r\n"}};
  match_line_endings("x\r\ny\r\n", edits);
  CHECK(edits[0].replacement == "a\r\nb\r\n");
  std::vector<TextEdit> lf{{0, 0, "a\nb"}};
  match_line_endings("x\ny\r\nz\n", lf);
  CHECK(lf[0].replacement == "a\nb");

  FixResult r = fix("FROM debian:12\r\nMAINTAINER me\r\nRUN pip install flask\r\n");
  CHECK(r.text == "FROM debian:12\r\nLABEL maintainer=\"me\"\r\nRUN pip install --no-cache-dir flask\r\n");
}

TEST_CASE("suppressed findings are not fixed", "[fix]") {
  std::string text = "FROM python:3.12\n# dlint ignore=pip-without-no-cache-dir\nRUN pip install flask\n";
  CHECK(fix(text).text == text);
}
