#include <catch2/catch.hpp>

#include "frontends/dockerfile/dockerfile_test_support.hpp"

using namespace dlint;
using namespace dlint::testing;

TEST_CASE("parser directives are read at the top and kept out of the comments", "[dockerfile][directives]") {
  auto p = parse(
      "# syntax=docker/dockerfile:1.7\n#Check = skip=JSONArgsRecommended;error=true\n# escape=`\n"
      "# a comment\nFROM alpine\n");
  const auto& d = p.build.directives;
  REQUIRE(d.size() == 3);
  CHECK(d[0].name == "syntax");
  CHECK(d[0].value == "docker/dockerfile:1.7");
  CHECK(where(d[0].span) == "1:1-1:31");
  CHECK(d[1].name == "check");
  CHECK(d[1].value == "skip=JSONArgsRecommended;error=true");
  CHECK(d[2].name == "escape");
  CHECK(p.build.escape == '`');
  CHECK(p.build.directive("check") == &d[1]);
  REQUIRE(p.build.comments.size() == 1);
  CHECK(p.build.comments[0].text == " a comment");
  CHECK(where(p.build.comments[0].span) == "4:1-4:12");
  CHECK(p.build.errors.empty());
}

TEST_CASE("a directive after a comment, a blank line or an instruction is a plain comment",
          "[dockerfile][directives]") {
  auto after_comment = parse("# hello\n# escape=`\nFROM a\n");
  CHECK(after_comment.build.directives.empty());
  CHECK(after_comment.build.escape == '\\');
  CHECK(after_comment.build.comments.size() == 2);

  auto after_blank = parse("\n# syntax=x\nFROM a\n");
  CHECK(after_blank.build.directives.empty());

  auto unknown_name = parse("# foo=bar\n# escape=`\nFROM a\n");
  CHECK(unknown_name.build.directives.empty());
  CHECK(unknown_name.build.escape == '\\');
}

TEST_CASE("the backtick escape directive changes continuations and ENV words", "[dockerfile][directives]") {
  auto p = parse(
      "# escape=`\nFROM mcr.microsoft.com/windows/servercore\n"
      "RUN dir C:\\ `\n    && echo done\nENV A=x` y B=c:\\path\n");
  REQUIRE(p.build.errors.empty());
  const auto& run = op(p, 0, 0);
  CHECK(run.args.at(0).value == "dir C:\\     && echo done");
  const auto& env = *op(p, 0, 1).as<ir::EnvOp>();
  REQUIRE(env.pairs.size() == 2);
  CHECK(env.pairs[0].value->value == "x` y");
  CHECK(env.pairs[1].key.value == "B");
  CHECK(env.pairs[1].value->value == "c:\\path");
}

TEST_CASE("directive problems are errors with positions", "[dockerfile][directives]") {
  auto twice = parse("# escape=\\\n# escape=`\nFROM a\n");
  REQUIRE(twice.build.errors.size() == 1);
  CHECK(twice.build.errors[0].message == "only one 'escape' parser directive can be used");
  CHECK(where(twice.build.errors[0].span) == "2:1-2:11");
  CHECK(twice.build.escape == '\\');

  auto bad = parse("# escape=x\nFROM a\n");
  REQUIRE(bad.build.errors.size() == 1);
  CHECK(bad.build.errors[0].message == "invalid escape character 'x': the escape directive accepts only \\ or `");
  CHECK(where(bad.build.errors[0].span) == "1:1-1:11");
}
