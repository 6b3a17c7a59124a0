#include "support/rule_tester.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "engine/apply_fix.hpp"
#include "engine/rule.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "frontends/luakit/parse_luakit.hpp"
#include "ir/image_config.hpp"
#include "source/source_file.hpp"

namespace dlint::testing {

std::vector<Finding> run_rule(std::string_view rule_key, const std::string& input, const Config& config,
                              InputKind kind) {
  const Rule* rule = RuleRegistry::instance().find(rule_key);
  REQUIRE(rule != nullptr);
  SourceFile file(0, kind == InputKind::Luakit ? "build.lua" : "Dockerfile", input);
  frontends::LuakitParse luakit;
  ir::BuildDefinition build;
  std::optional<ir::ImageConfig> image;
  if (kind == InputKind::Luakit) {
    luakit = frontends::parse_luakit(file);
    if (luakit.target) image = ir::derive_image_config(luakit.build, luakit.target);
  } else {
    build = frontends::parse_dockerfile(file);
    image = ir::derive_image_config(build);
  }
  std::vector<Finding> findings;
  RuleContext ctx(file, config, rule->meta(), findings);
  ctx.build = kind == InputKind::Luakit ? &luakit.build : &build;
  ctx.image = image ? &*image : nullptr;
  if (kind == InputKind::Luakit) ctx.luakit = &luakit.script;
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

void check_rule_cases(std::string_view rule, const std::vector<RuleCase>& cases, InputKind kind) {
  for (const auto& c : cases) {
    INFO("rule " << rule << ", case: " << c.name << "\n--- input ---\n" << c.input);
    auto findings = run_rule(rule, c.input, c.config, kind);
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
      CHECK(apply_edits(c.input, edits) == *c.fixed);
    }
  }
}

}  // namespace dlint::testing
