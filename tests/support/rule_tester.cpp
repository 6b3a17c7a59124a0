#include "support/rule_tester.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "engine/apply_fix.hpp"
#include "engine/rule.hpp"
#include "frontends/compose/load_compose.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "frontends/luakit/parse_luakit.hpp"
#include "frontends/runtoml/load_run_toml.hpp"
#include "ir/application.hpp"
#include "ir/image_config.hpp"
#include "ir/run_toml.hpp"
#include "knowledge/image_size.hpp"
#include "source/file_system.hpp"
#include "source/source_file.hpp"

namespace dlint::testing {

namespace {

void sort_by_position(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.span.start.line, a.span.start.column) < std::tie(b.span.start.line, b.span.start.column);
  });
}

bool compose_rule(const RuleMeta& meta) {
  return std::find(meta.kinds.begin(), meta.kinds.end(), InputKind::Compose) != meta.kinds.end() &&
         std::find(meta.kinds.begin(), meta.kinds.end(), InputKind::Dockerfile) == meta.kinds.end();
}

std::vector<Finding> run_compose_rule(const Rule& rule, const std::string& input, const Config& config,
                                      const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<Finding> findings;
  MemoryFileSystem fs;
  for (const auto& [path, contents] : files) fs.add_file(join_path("app", path), contents);
  auto file =
      std::make_shared<const SourceFile>(0, files.empty() ? "docker-compose.yml" : "app/docker-compose.yml", input);
  if (!files.empty()) fs.add_file(file->path(), input);
  compose::LoadOptions options;
  options.fs = files.empty() ? nullptr : &fs;
  ir::Application app = compose::load_compose(file, options);
  RuleContext ctx(*file, config, rule.meta(), findings);
  ctx.application = &app;
  ctx.fs = options.fs;
  rule.check(ctx);
  sort_by_position(findings);
  return findings;
}

bool run_toml_rule(const RuleMeta& meta) {
  return std::find(meta.kinds.begin(), meta.kinds.end(), InputKind::RunToml) != meta.kinds.end();
}

std::vector<Finding> run_run_toml_rule(const Rule& rule, const std::string& input, const Config& config,
                                       const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<Finding> findings;
  MemoryFileSystem fs;
  for (const auto& [path, contents] : files) fs.add_file(join_path("app", path), contents);
  auto file = std::make_shared<const SourceFile>(0, files.empty() ? "run.toml" : "app/run.toml", input);
  if (!files.empty()) fs.add_file(file->path(), input);
  ir::RunTomlProject project = runtoml::load_run_toml(file);
  RuleContext ctx(*file, config, rule.meta(), findings);
  ctx.application = &project.application;
  ctx.run_toml = &project;
  ctx.fs = files.empty() ? nullptr : &fs;
  rule.check(ctx);
  sort_by_position(findings);
  return findings;
}

std::vector<Finding> run_build_rule(const Rule& rule, const std::string& input, const Config& config, InputKind kind) {
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
  const ir::BuildDefinition& parsed = kind == InputKind::Luakit ? luakit.build : build;
  std::vector<Finding> findings;
  RuleContext ctx(file, config, rule.meta(), findings);
  ctx.build = &parsed;
  ctx.image = image ? &*image : nullptr;
  if (kind == InputKind::Luakit) ctx.luakit = &luakit.script;
  std::optional<knowledge::ImageSizeEstimate> size = knowledge::estimate_image_size(parsed, {});
  ctx.image_size = size ? &*size : nullptr;
  rule.check(ctx);
  sort_by_position(findings);
  return findings;
}

const Rule& find_rule(std::string_view key) {
  const Rule* rule = RuleRegistry::instance().find(key);
  REQUIRE(rule != nullptr);
  return *rule;
}

}  // namespace

std::vector<Finding> run_rule(std::string_view rule_key, const std::string& input, const Config& config,
                              InputKind kind) {
  const Rule& rule = find_rule(rule_key);
  if (compose_rule(rule.meta())) return run_compose_rule(rule, input, config, {});
  if (run_toml_rule(rule.meta())) return run_run_toml_rule(rule, input, config, {});
  return run_build_rule(rule, input, config, kind);
}

std::vector<Finding> run_rule(std::string_view rule_key, const std::string& input, const Config& config,
                              const std::vector<std::pair<std::string, std::string>>& files) {
  const Rule& rule = find_rule(rule_key);
  if (compose_rule(rule.meta())) return run_compose_rule(rule, input, config, files);
  if (run_toml_rule(rule.meta())) return run_run_toml_rule(rule, input, config, files);
  return run_build_rule(rule, input, config, InputKind::Dockerfile);
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
    auto findings =
        c.files.empty() ? run_rule(rule, c.input, c.config, kind) : run_rule(rule, c.input, c.config, c.files);
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
