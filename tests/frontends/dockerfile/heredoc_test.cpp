#include <catch2/catch.hpp>

#include "frontends/dockerfile/dockerfile_test_support.hpp"

using namespace dlint;
using namespace dlint::testing;

TEST_CASE("RUN <<EOF runs the body itself", "[dockerfile][heredoc]") {
  auto p = parse("FROM a\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nUSER app\n");
  REQUIRE(p.build.errors.empty());
  const auto& run = op(p, 0, 0);
  const ir::Command& command = run.as<ir::RunOp>()->command;
  REQUIRE(command.heredocs.size() == 1);
  const ir::Heredoc& doc = command.heredocs[0];
  CHECK(doc.delimiter == "EOF");
  CHECK_FALSE(doc.quoted);
  CHECK_FALSE(doc.strip_tabs);
  CHECK(doc.body == "apt-get update\napt-get install -y curl\n");
  CHECK(where(doc.span) == "2:5-2:10");
  CHECK(where(doc.body_span) == "3:1-5:1");
  CHECK(covered(p, doc.body_span) == doc.body);
  CHECK(command.source.text() == doc.body);
  CHECK(mapped_back(p, command.source) == doc.body);
  CHECK(command.shell_text.value == doc.body);
  CHECK(where(run.span) == "2:1-5:4");
  CHECK(run.args.at(0).value == "<<EOF");
  CHECK(where(op(p, 0, 1).span) == "6:1-6:9");
}

TEST_CASE("a command with heredocs is followed by each body and delimiter", "[dockerfile][heredoc]") {
  auto p = parse("FROM a\nRUN cat <<-\"ONE\" > /a && cat <<'TWO' >> /a\n\tfirst $HOME\n\tONE\nsecond\nTWO\n");
  REQUIRE(p.build.errors.empty());
  const ir::Command& command = op(p, 0, 0).as<ir::RunOp>()->command;
  REQUIRE(command.heredocs.size() == 2);
  CHECK(command.heredocs[0].delimiter == "ONE");
  CHECK(command.heredocs[0].quoted);
  CHECK(command.heredocs[0].strip_tabs);
  CHECK(command.heredocs[0].body == "first $HOME\n");
  CHECK(where(command.heredocs[0].span) == "2:9-2:17");
  CHECK(command.heredocs[1].delimiter == "TWO");
  CHECK(command.heredocs[1].quoted);
  CHECK_FALSE(command.heredocs[1].strip_tabs);
  CHECK(command.heredocs[1].body == "second\n");
  const std::string expected = "cat <<-\"ONE\" > /a && cat <<'TWO' >> /a\n\tfirst $HOME\nONE\nsecond\nTWO";
  CHECK(command.source.text() == expected);
  CHECK(mapped_back(p, command.source) == expected);
  CHECK(where(op(p, 0, 0).span) == "2:1-6:4");
}

TEST_CASE("<<-EOF strips leading tabs from the body and the delimiter line", "[dockerfile][heredoc]") {
  auto p = parse("FROM a\nRUN <<-EOF\n\t\techo hi\n\tEOF\n");
  const ir::Command& command = op(p, 0, 0).as<ir::RunOp>()->command;
  CHECK(command.heredocs.at(0).body == "echo hi\n");
  CHECK(command.source.text() == "echo hi\n");
  CHECK(command.source.file_offset(0) == 20);
}

TEST_CASE("a heredoc marker on a continuation line", "[dockerfile][heredoc]") {
  auto p = parse("FROM a\nRUN --mount=type=cache,target=/c \\\n  <<EOT\n  set -e\nEOT\n");
  REQUIRE(p.build.errors.empty());
  const ir::Command& command = op(p, 0, 0).as<ir::RunOp>()->command;
  REQUIRE(command.heredocs.size() == 1);
  CHECK(where(command.heredocs[0].span) == "3:3-3:8");
  CHECK(command.source.text() == "  set -e\n");
}

TEST_CASE("a heredoc run by another interpreter is not shell text", "[dockerfile][heredoc]") {
  auto p = parse("FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint('hi')\nEOF\nRUN <<EOF\n#!/bin/bash\necho hi\nEOF\n");
  CHECK(op(p, 0, 0).as<ir::RunOp>()->command.source.text().empty());
  CHECK(op(p, 0, 0).as<ir::RunOp>()->command.heredocs.at(0).body == "#!/usr/bin/env python3\nprint('hi')\n");
  CHECK(op(p, 0, 1).as<ir::RunOp>()->command.source.text() == "#!/bin/bash\necho hi\n");
}

TEST_CASE("COPY <<EOF /path: the heredoc is the source", "[dockerfile][heredoc]") {
  auto p = parse("FROM a\nCOPY --chmod=755 <<EOF <<\"CONF\" /etc/\n#!/bin/sh\nEOF\nkey=$v\nCONF\n");
  REQUIRE(p.build.errors.empty());
  const auto& copy = *op(p, 0, 0).as<ir::CopyOp>();
  CHECK(copy.sources.empty());
  CHECK(copy.destination.value == "/etc/");
  REQUIRE(copy.heredocs.size() == 2);
  CHECK(copy.heredocs[0].body == "#!/bin/sh\n");
  CHECK(copy.heredocs[1].delimiter == "CONF");
  CHECK(copy.heredocs[1].quoted);
  CHECK(copy.heredocs[1].body == "key=$v\n");
  CHECK(op(p, 0, 0).args.size() == 3);
}

TEST_CASE("not heredocs: quoted, JSON, other instructions", "[dockerfile][heredoc]") {
  auto p = parse("FROM a\nRUN echo \"<<EOF\" 'x<<y' cat<<EOF\nRUN [\"cat\", \"<<EOF\"]\nCMD cat <<EOF\nLABEL a=b\n");
  REQUIRE(p.build.errors.empty());
  CHECK(op(p, 0, 0).as<ir::RunOp>()->command.heredocs.empty());
  CHECK(op(p, 0, 1).as<ir::RunOp>()->command.heredocs.empty());
  CHECK(op(p, 0, 2).as<ir::CmdOp>()->command.heredocs.empty());
  CHECK(p.build.stages[0].ops.size() == 4);
}

TEST_CASE("an unterminated heredoc is an error at its marker", "[dockerfile][heredoc]") {
  auto p = parse("FROM a\nRUN <<EOF\necho hi\n");
  REQUIRE(p.build.errors.size() == 1);
  CHECK(p.build.errors[0].message == "unterminated heredoc: no line 'EOF' ends the heredoc started here");
  CHECK(where(p.build.errors[0].span) == "2:5-2:10");
  CHECK(op(p, 0, 0).as<ir::RunOp>()->command.heredocs.at(0).body == "echo hi\n");
}

TEST_CASE("ONBUILD RUN with a heredoc", "[dockerfile][heredoc]") {
  auto p = parse("FROM a\nONBUILD RUN <<EOF\ntrue\nEOF\n");
  REQUIRE(p.build.errors.empty());
  const auto& trigger = *op(p, 0, 0).as<ir::OnbuildOp>()->trigger;
  CHECK(trigger.kind == ir::OpKind::Run);
  CHECK(trigger.as<ir::RunOp>()->command.source.text() == "true\n");
  CHECK(where(trigger.span) == "2:9-4:4");
}
