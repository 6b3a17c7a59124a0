// Globs, .gitignore rules, file classification and suppression comments.
#include <catch2/catch.hpp>

#include "engine/discovery.hpp"
#include "engine/gitignore.hpp"
#include "engine/glob.hpp"
#include "engine/suppression_comment.hpp"

using namespace dlint;

TEST_CASE("glob matching", "[engine][glob]") {
  CHECK(glob_match("*.txt", "a.txt"));
  CHECK_FALSE(glob_match("*.txt", "dir/a.txt"));
  CHECK(glob_match("**/a.txt", "a.txt"));
  CHECK(glob_match("**/a.txt", "x/y/a.txt"));
  CHECK(glob_match("vendor/**", "vendor/x/y"));
  CHECK(glob_match("a?c", "abc"));
  CHECK_FALSE(glob_match("a?c", "a/c"));
  CHECK(glob_match("[a-c]x", "bx"));
  CHECK_FALSE(glob_match("[!a-c]x", "bx"));
  CHECK(glob_match("a/**/b", "a/b"));
  CHECK(glob_match("a/**/b", "a/x/y/b"));
  CHECK_FALSE(glob_match("a/*/b", "a/x/y/b"));
}

TEST_CASE(".gitignore rules: anchoring, directories, negation", "[engine][gitignore]") {
  GitignoreRules rules;
  rules.add("", "# comment\n*.log\n/build\nout/\n!keep.log\n");
  rules.add("sub", "local.txt\n");
  CHECK(rules.ignored("x.log", false));
  CHECK(rules.ignored("deep/x.log", false));
  CHECK_FALSE(rules.ignored("keep.log", false));
  CHECK(rules.ignored("build", true));
  CHECK_FALSE(rules.ignored("src/build", true));
  CHECK(rules.ignored("src/out", true));
  CHECK_FALSE(rules.ignored("out", false));  // "out/" matches directories only
  CHECK(rules.ignored("sub/local.txt", false));
  CHECK(rules.ignored("sub/deeper/local.txt", false));
  CHECK_FALSE(rules.ignored("local.txt", false));
}

TEST_CASE("file names are classified by kind", "[engine][discovery]") {
  CHECK(classify("Dockerfile") == InputKind::Dockerfile);
  CHECK(classify("Containerfile") == InputKind::Dockerfile);
  CHECK(classify("api.Dockerfile") == InputKind::Dockerfile);
  CHECK(classify("Dockerfile.prod") == InputKind::Dockerfile);
  CHECK(classify("3.13__slim__Dockerfile") == InputKind::Dockerfile);
  CHECK(classify(".dockerignore") == InputKind::Dockerignore);
  CHECK(classify("docker-compose.override.yml") == InputKind::Compose);
  CHECK(classify("compose.yaml") == InputKind::Compose);
  CHECK(classify("run.toml") == InputKind::RunToml);
  CHECK(classify("build.lua") == InputKind::Luakit);
  CHECK_FALSE(classify("README.md"));
}

TEST_CASE("suppression comments in every spelling", "[engine][suppression]") {
  auto dlint_next = parse_suppression_comment(" dlint ignore=DL3008,image-latest-tag because pinned upstream");
  REQUIRE(dlint_next);
  CHECK(dlint_next->scope == SuppressionComment::Scope::NextInstruction);
  REQUIRE(dlint_next->names.size() == 2);
  CHECK(dlint_next->names[0].text == "DL3008");
  CHECK(dlint_next->names[0].offset == 14);
  CHECK(dlint_next->names[1].text == "image-latest-tag");

  auto file = parse_suppression_comment(" dlint ignore-file=BP001");
  REQUIRE(file);
  CHECK(file->scope == SuppressionComment::Scope::File);

  auto hadolint = parse_suppression_comment(" hadolint ignore=DL3003");
  REQUIRE(hadolint);
  CHECK(hadolint->scope == SuppressionComment::Scope::NextInstruction);
  auto global = parse_suppression_comment(" hadolint global ignore=DL3003,DL3008");
  REQUIRE(global);
  CHECK(global->scope == SuppressionComment::Scope::File);
  CHECK(global->names.size() == 2);

  auto spaced = parse_suppression_comment(" hadolint ignore=DL3003, DL3008 ,SC2086 # reason, with commas");
  REQUIRE(spaced);
  REQUIRE(spaced->names.size() == 3);
  CHECK(spaced->names[1].text == "DL3008");
  CHECK(spaced->names[1].offset == 25);
  CHECK(spaced->names[2].text == "SC2086");
  auto reason = parse_suppression_comment(" hadolint ignore=DL3003 because, well");
  REQUIRE(reason);
  CHECK(reason->names.size() == 1);

  auto stage = parse_suppression_comment(" hadolint stage ignore=DL3002");
  REQUIRE(stage);
  CHECK(stage->scope == SuppressionComment::Scope::Stage);
  CHECK(stage->names[0].text == "DL3002");

  auto trivy = parse_suppression_comment(" trivy:ignore:AVD-DS-0002");
  REQUIRE(trivy);
  CHECK(trivy->tool == SuppressionComment::Tool::Trivy);
  CHECK(trivy->scope == SuppressionComment::Scope::NextInstruction);
  CHECK(trivy->names[0].text == "AVD-DS-0002");
  CHECK(trivy->names[0].offset == 14);
  CHECK(foreign_rule_alias("AVD-DS-0002") == "DS-0002");
  CHECK(foreign_code_shape(SuppressionComment::Tool::Trivy, "DS017"));
  CHECK_FALSE(foreign_code_shape(SuppressionComment::Tool::Trivy, "DL3008"));

  auto checkov = parse_suppression_comment(" checkov:skip=CKV_DOCKER_3: runs as root on purpose");
  REQUIRE(checkov);
  CHECK(checkov->scope == SuppressionComment::Scope::File);
  REQUIRE(checkov->names.size() == 1);
  CHECK(checkov->names[0].text == "CKV_DOCKER_3");
  CHECK(foreign_code_shape(SuppressionComment::Tool::Checkov, "CKV2_DOCKER_12"));

  CHECK_FALSE(parse_suppression_comment(" install the dlint tool"));
  CHECK_FALSE(parse_suppression_comment(" hadolint shell=bash"));

  auto check = parse_check_directive("skip=JSONArgsRecommended,StageNameCasing;error=true");
  CHECK(check.skip == std::vector<std::string>{"JSONArgsRecommended", "StageNameCasing"});
  CHECK(check.error);
  CHECK(parse_check_directive("skip=all").skip == std::vector<std::string>{"all"});
}
