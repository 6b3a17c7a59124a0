#include "support/context_rule_tester.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "engine/analyze_source.hpp"
#include "engine/apply_fix.hpp"
#include "engine/rule.hpp"
#include "source/source_file.hpp"

namespace dlint::testing {

std::vector<Finding> run_context_rule(std::string_view rule_key, const ContextCase& c, const Config& base) {
  const Rule* rule = RuleRegistry::instance().find(rule_key);
  REQUIRE(rule != nullptr);
  Config config = base;
  for (const auto& other : RuleRegistry::instance().rules()) {
    config.enabled[std::string(other->meta().id)] = other.get() == rule;
  }
  MemoryFileSystem fs;
  for (const auto& [path, contents] : c.files) fs.add_file(path, contents);
  for (const auto& path : c.symlinks) fs.add_symlink(path);
  for (const auto& path : c.directories) fs.add_directory(path);
  auto it = c.files.find(c.input);
  REQUIRE(it != c.files.end());
  SourceFile file(0, c.input, it->second);
  InputKind kind = c.input.ends_with(".dockerignore") ? InputKind::Dockerignore : InputKind::Dockerfile;
  return analyze_source(file, kind, config, {.fs = c.without_fs ? nullptr : &fs, .context_dir = c.context_dir});
}

void check_context_rule_cases(std::string_view rule, const std::vector<ContextCase>& cases) {
  for (const auto& c : cases) {
    std::ostringstream tree;
    for (const auto& [path, contents] : c.files) tree << "  " << path << " (" << contents.size() << " bytes)\n";
    INFO("rule " << rule << ", case: " << c.name << "\n--- files ---\n" << tree.str() << "--- input: " << c.input);
    auto findings = run_context_rule(rule, c);
    std::ostringstream got;
    for (const auto& f : findings)
      got << "  " << f.span.start.line << ":" << f.span.start.column << " " << f.message << "\n";
    INFO("findings:\n" << got.str());
    REQUIRE(findings.size() == c.expected.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
      CHECK(findings[i].span.start.line == c.expected[i].line);
      CHECK(findings[i].span.start.column == c.expected[i].column);
      for (const auto& words : c.expected[i].message_contains) CHECK_THAT(findings[i].message, Catch::Contains(words));
    }
    if (c.fixed) {
      std::vector<TextEdit> edits;
      for (const auto& f : findings) {
        if (f.fix) edits.insert(edits.end(), f.fix->edits.begin(), f.fix->edits.end());
      }
      CHECK(apply_edits(c.files.at(c.input), edits) == *c.fixed);
    }
  }
}

}  // namespace dlint::testing
