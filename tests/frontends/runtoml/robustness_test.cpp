// The run.toml frontend on hostile input: malformed, huge or deeply nested TOML gives one clear error
// (or a bounded result), never a crash or a hang.
#include <catch2/catch.hpp>

#include "frontends/runtoml/load_run_toml.hpp"
#include "ir/run_toml.hpp"
#include "source/source_file.hpp"

using namespace dlint;

namespace {
ir::RunTomlProject load(const std::string& text) {
  return runtoml::load_run_toml(std::make_shared<const SourceFile>(0, "run.toml", text));
}
}  // namespace

TEST_CASE("run.toml malformed inputs give one syntax error with a position", "[frontends][runtoml][robustness]") {
  for (const std::string& text : {std::string("[project"), std::string("a = "), std::string("= 1"),
                                  std::string("[a]\n[a]\n"), std::string("x = [1, 2"), std::string("x = \"\\q\""),
                                  std::string("x = { a = 1, }"), std::string("\x01\x02\x03"), std::string("[[]]"),
                                  std::string("x = 1979-05-27T07:32:00Zgarbage"), std::string("\xff\xfe = 1")}) {
    INFO(text);
    auto project = load(text);
    REQUIRE(project.application.syntax_errors.size() == 1);
    CHECK_FALSE(project.application.syntax_errors[0].message.empty());
    CHECK(project.application.syntax_errors[0].span.valid());
    CHECK(project.application.services.empty());
  }
}

TEST_CASE("run.toml deep nesting is refused with an error", "[frontends][runtoml][robustness]") {
  SECTION("inline arrays") {
    auto project = load("x = " + std::string(5000, '[') + std::string(5000, ']') + "\n");
    CHECK(project.application.syntax_errors.size() == 1);
  }
  SECTION("inline tables") {
    std::string text = "x = ";
    for (int i = 0; i < 3000; ++i) text += "{ a = ";
    text += "1";
    for (int i = 0; i < 3000; ++i) text += " }";
    auto project = load(text + "\n");
    CHECK(project.application.syntax_errors.size() == 1);
  }
  SECTION("a dotted key of 100000 parts") {
    std::string key = "a";
    for (int i = 0; i < 100000; ++i) key += ".a";
    auto project = load(key + " = 1\n");
    REQUIRE(project.application.syntax_errors.size() == 1);
    CHECK(project.application.syntax_errors[0].span.start.line == 1);
  }
  SECTION("a table header of 100000 parts") {
    std::string key = "a";
    for (int i = 0; i < 100000; ++i) key += ".a";
    auto project = load("[" + key + "]\n");
    CHECK(project.application.syntax_errors.size() == 1);
  }
  SECTION("nesting just inside the bound is analyzed") {
    std::string key = "components.web";
    for (int i = 0; i < 100; ++i) key += ".x";
    auto project = load(key + " = 1\n");
    CHECK(project.application.syntax_errors.empty());
    CHECK_FALSE(project.application.schema_errors.empty());
  }
}

TEST_CASE("run.toml with many components stays bounded", "[frontends][runtoml][robustness]") {
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    text += "[components.c" + std::to_string(i) + "]\ncapabilities = [\"net:listen:8080\"]\n";
  }
  auto project = load(text);
  CHECK(project.application.syntax_errors.empty());
  CHECK(project.application.services.size() == 20000);
}
