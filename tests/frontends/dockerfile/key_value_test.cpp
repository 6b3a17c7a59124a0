#include <catch2/catch.hpp>

#include "frontends/dockerfile/dockerfile_test_support.hpp"

using namespace dlint;
using namespace dlint::testing;

TEST_CASE("ENV name=value pairs, several per line, quotes kept as written", "[dockerfile][keyvalue]") {
  auto p = parse("FROM a\nENV A=1 B=\"two words\" C='x y' D=a\\ b E= F=${G:-x}\n");
  REQUIRE(p.build.errors.empty());
  const auto& env = op(p, 0, 0);
  const auto& pairs = env.as<ir::EnvOp>()->pairs;
  REQUIRE(pairs.size() == 6);
  CHECK(pairs[0].key.value == "A");
  CHECK(pairs[0].value->value == "1");
  CHECK_FALSE(pairs[0].legacy_form);
  CHECK(where(pairs[0].key.span) == "2:5-2:6");
  CHECK(where(pairs[0].value->span) == "2:7-2:8");
  CHECK(where(pairs[0].span) == "2:5-2:8");
  CHECK(pairs[1].value->value == "\"two words\"");
  CHECK(where(pairs[1].value->span) == "2:11-2:22");
  CHECK(pairs[2].value->value == "'x y'");
  CHECK(pairs[3].value->value == "a\\ b");
  CHECK(pairs[4].value->value.empty());
  CHECK(pairs[5].value->value == "${G:-x}");
  // BuildKit's node list: name, value, separator for each pair.
  REQUIRE(env.args.size() == 18);
  CHECK(env.args[2].value == "=");
  CHECK(where(env.args[2].span) == "2:6-2:7");
}

TEST_CASE("legacy ENV name value: the value is the rest of the line", "[dockerfile][keyvalue]") {
  auto p = parse("FROM a\nENV PATH   /usr/local/bin:$PATH  extra\nLABEL maintainer Jane <j@x.org>\n");
  REQUIRE(p.build.errors.empty());
  const auto& env = op(p, 0, 0);
  const auto& pair = env.as<ir::EnvOp>()->pairs.at(0);
  CHECK(pair.legacy_form);
  CHECK(pair.key.value == "PATH");
  CHECK(pair.value->value == "/usr/local/bin:$PATH  extra");
  CHECK(where(pair.value->span) == "2:12-2:39");
  REQUIRE(env.args.size() == 3);
  CHECK(env.args[2].value.empty());
  const auto& label = op(p, 0, 1).as<ir::LabelOp>()->labels.at(0);
  CHECK(label.legacy_form);
  CHECK(label.value->value == "Jane <j@x.org>");
}

TEST_CASE("ARG with and without defaults", "[dockerfile][keyvalue]") {
  auto p = parse("ARG VERSION=1.2 DEBUG\nFROM a\nARG msg=\"hello world\"\n");
  REQUIRE(p.build.errors.empty());
  REQUIRE(p.build.global_args.size() == 1);
  const auto& args = p.build.global_args[0].as<ir::ArgOp>()->args;
  REQUIRE(args.size() == 2);
  CHECK(args[0].key.value == "VERSION");
  CHECK(args[0].value->value == "1.2");
  CHECK(where(args[0].value->span) == "1:13-1:16");
  CHECK(args[1].key.value == "DEBUG");
  CHECK_FALSE(args[1].value.has_value());
  CHECK(where(args[1].key.span) == "1:17-1:22");
  const auto& msg = op(p, 0, 0).as<ir::ArgOp>()->args.at(0);
  CHECK(msg.value->value == "\"hello world\"");
}

TEST_CASE("ENV and LABEL problems", "[dockerfile][keyvalue]") {
  auto p = parse("FROM a\nENV PATH\nENV A=1 B\nLABEL\nENV =x\nARG\n");
  const auto& e = p.build.errors;
  REQUIRE(e.size() == 5);
  CHECK(e[0].message == "ENV needs a value: ENV PATH=value");
  CHECK(where(e[0].span) == "2:5-2:9");
  CHECK(e[1].message == "'B' has no '=': ENV takes name=value pairs");
  CHECK(where(e[1].span) == "3:9-3:10");
  CHECK(e[2].message == "LABEL needs at least one name=value pair");
  CHECK(e[3].message == "ENV names cannot be empty");
  CHECK(e[4].message == "ARG needs a name: ARG name[=default]");
}
