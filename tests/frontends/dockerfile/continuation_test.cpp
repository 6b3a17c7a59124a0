#include <catch2/catch.hpp>

#include "frontends/dockerfile/dockerfile_test_support.hpp"

using namespace dlint;
using namespace dlint::testing;

TEST_CASE("line continuations drop comment and blank lines inside them", "[dockerfile][continuation]") {
  auto p = parse("FROM alpine\nRUN apk add \\\n# the compiler\n    gcc \\\n\n  \\\n    make\nUSER app\n");
  REQUIRE(p.build.errors.empty());
  const auto& run = op(p, 0, 0);
  CHECK(run.args.at(0).value == "apk add     gcc       make");
  CHECK(where(run.span) == "2:1-7:9");
  CHECK(where(run.keyword.span) == "2:1-2:4");
  const ir::Command& command = run.as<ir::RunOp>()->command;
  CHECK(command.source.text() == "apk add     gcc       make");
  CHECK(mapped_back(p, command.source) == command.source.text());
  CHECK(command.shell_text.value == command.source.text());
  CHECK(where(command.span) == "2:5-7:9");
  // The in-continuation comment is still a comment of the file.
  REQUIRE(p.build.comments.size() == 1);
  CHECK(p.build.comments[0].text == " the compiler");
  CHECK(where(p.build.comments[0].span) == "3:1-3:15");
  CHECK(where(op(p, 0, 1).span) == "8:1-8:9");
}

TEST_CASE("an argument that spans a continuation maps each end to the file", "[dockerfile][continuation]") {
  auto p = parse("FROM a\nCOPY src \\\n  /dest/\n");
  const auto& copy = *op(p, 0, 0).as<ir::CopyOp>();
  CHECK(where(copy.sources.at(0).span) == "2:6-2:9");
  CHECK(where(copy.destination.span) == "3:3-3:9");
  CHECK(copy.destination.value == "/dest/");
}

TEST_CASE("a doubled escape at the end of a line is not a continuation", "[dockerfile][continuation]") {
  auto p = parse("FROM a\nENV C=trailing\\\\\nENV D=x\nRUN echo \\  \n  hi\n");
  REQUIRE(p.build.stages[0].ops.size() == 3);
  CHECK(op(p, 0, 0).args.at(1).value == "trailing\\\\");
  CHECK(op(p, 0, 2).args.at(0).value == "echo   hi");
}

TEST_CASE("CRLF line endings, a UTF-8 BOM and a last line without newline", "[dockerfile][continuation]") {
  auto p =
      parse("\xEF\xBB\xBF# syntax=docker/dockerfile:1\r\nFROM alpine AS base\r\nRUN echo a \\\r\n  b\r\nCMD [\"sh\"]");
  REQUIRE(p.build.errors.empty());
  REQUIRE(p.build.directives.size() == 1);
  CHECK(p.build.directives[0].value == "docker/dockerfile:1");
  CHECK(where(p.build.directives[0].span) == "1:1-1:29");
  const auto& stage = p.build.stages.at(0);
  CHECK(stage.name->value == "base");
  CHECK(where(stage.span) == "2:1-2:20");
  CHECK(op(p, 0, 0).args.at(0).value == "echo a   b");
  CHECK(where(op(p, 0, 0).span) == "3:1-4:4");
  const auto& cmd = op(p, 0, 1);
  CHECK(cmd.args.at(0).value == "sh");
  CHECK(where(cmd.span) == "5:1-5:11");
}

TEST_CASE("a continuation at the end of the file ends the instruction", "[dockerfile][continuation]") {
  auto p = parse("FROM a\nRUN something \\");
  REQUIRE(p.build.errors.empty());
  CHECK(op(p, 0, 0).args.at(0).value == "something");
  CHECK(where(op(p, 0, 0).span) == "2:1-2:16");
}
