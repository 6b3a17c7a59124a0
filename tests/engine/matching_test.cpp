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

  CHECK_FALSE(parse_suppression_comment(" install the dlint tool"));
  CHECK_FALSE(parse_suppression_comment(" hadolint shell=bash"));

  auto check = parse_check_directive("skip=JSONArgsRecommended,StageNameCasing;error=true");
  CHECK(check.skip == std::vector<std::string>{"JSONArgsRecommended", "StageNameCasing"});
  CHECK(check.error);
  CHECK(parse_check_directive("skip=all").skip == std::vector<std::string>{"all"});
}
