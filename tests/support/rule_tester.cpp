#include "support/rule_tester.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "engine/apply_fix.hpp"
#include "engine/rule.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "ir/image_config.hpp"
#include "knowledge/image_size.hpp"
#include "source/source_file.hpp"

namespace dlint::testing {

std::vector<Finding> run_rule(std::string_view rule_key, const std::string& input, const Config& config) {
  const Rule* rule = RuleRegistry::instance().find(rule_key);
  REQUIRE(rule != nullptr);
  SourceFile file(0, "Dockerfile", input);
  ir::BuildDefinition build = frontends::parse_dockerfile(file);
  std::optional<ir::ImageConfig> image = ir::derive_image_config(build);
  std::vector<Finding> findings;
  RuleContext ctx(file, config, rule->meta(), findings);
  ctx.build = &build;
  ctx.image = image ? &*image : nullptr;
  std::optional<knowledge::ImageSizeEstimate> size = knowledge::estimate_image_size(build, {});
  ctx.image_size = size ? &*size : nullptr;
  rule->check(ctx);
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.span.start.line, a.span.start.column) < std::tie(b.span.start.line, b.span.start.column);
  });
  return findings;
}

static std::string describe(const std::vector<Finding>& findings) {
  std::ostringstream out;
  for (const auto& f : findings)
    out << "  " << f.span.start.line << ":" << f.span.start.column << " " << f.message << "\n";
  return out.str();
}

void check_rule_cases(std::string_view rule, const std::vector<RuleCase>& cases) {
  for (const auto& c : cases) {
    INFO("rule " << rule << ", case: " << c.name << "\n--- input ---\n" << c.input);
    auto findings = run_rule(rule, c.input, c.config);
    INFO("findings:\n" << describe(findings));
    REQUIRE(findings.size() == c.expected.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
      CHECK(findings[i].span.start.line == c.expected[i].line);
      CHECK(findings[i].span.start.column == c.expected[i].column);
      CHECK(!findings[i].message.empty());
    }
    if (c.fixed) {
      std::vector<TextEdit> edits;
      for (const auto& f : findings) {
        if (f.fix) edits.insert(edits.end(), f.fix->edits.begin(), f.fix->edits.end());
      }
      std::string fixed = apply_edits(c.input, edits);
      CHECK(fixed == *c.fixed);
      // A fix is complete: the fixed text leaves the rule nothing more to fix.
      if (fixed != c.input) {
        auto again = run_rule(rule, fixed, c.config);
        INFO("--- after the fix ---\n" << fixed << "findings after the fix:\n" << describe(again));
        CHECK(std::none_of(again.begin(), again.end(), [](const Finding& f) { return f.fix.has_value(); }));
      }
    }
  }
}

}  // namespace dlint::testing
