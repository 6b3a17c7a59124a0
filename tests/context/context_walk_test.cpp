#include <catch2/catch.hpp>

#include "context/load_build_context.hpp"
#include "engine/analyze_source.hpp"
#include "frontends/dockerignore/parse_dockerignore.hpp"
#include "ir/build_context.hpp"
#include "source/file_system.hpp"

using dlint::FileType;
using dlint::MemoryFileSystem;
using dlint::SourceFile;

namespace {

std::vector<std::string> sent_paths(const dlint::ir::ContextWalk& walk) {
  std::vector<std::string> out;
  for (const auto& e : walk.entries) {
    if (e.sent) out.push_back(e.path);
  }
  return out;
}

}  // namespace

TEST_CASE("the .dockerignore frontend keeps patterns with their spans", "[context][dockerignore]") {
  SourceFile file(0, "app/.dockerignore", "\xEF\xBB\xBF# comment\n  ./build/  \n\n! /keep \n  # indented\nend");
  auto ignore = dlint::frontends::parse_dockerignore(file);
  REQUIRE(ignore.lines.size() == 4);
  CHECK(ignore.lines[0].text == "./build/");
  CHECK(ignore.lines[0].pattern == "build");
  CHECK(ignore.lines[0].span.start == dlint::Position{2, 3});
  CHECK(ignore.lines[0].span.end_pos == dlint::Position{2, 11});
  CHECK(ignore.lines[1].text == "! /keep");
  CHECK(ignore.lines[1].pattern == "!keep");
  CHECK(ignore.lines[1].span.start == dlint::Position{4, 1});
  CHECK(ignore.lines[2].pattern == "# indented");
  CHECK(ignore.lines[3].pattern == "end");
  CHECK(ignore.lines[3].line == 6);
  CHECK(ignore.matcher.patterns().size() == 4);
  CHECK(ignore.matcher.excluded("build/x"));
  CHECK_FALSE(ignore.matcher.excluded("keep"));
}

TEST_CASE("a lone carriage return does not end a line, as in Docker's line scanner", "[context][dockerignore]") {
  SourceFile file(0, ".dockerignore", "a\rb\nc\r\n");
  auto ignore = dlint::frontends::parse_dockerignore(file);
  REQUIRE(ignore.lines.size() == 2);
  CHECK(ignore.lines[0].pattern == "a\rb");
  CHECK(ignore.lines[1].pattern == "c");
}

TEST_CASE("the walk sends what the ignore file lets through, without following symlinks", "[context]") {
  MemoryFileSystem fs;
  fs.add_file("ctx/Dockerfile", "FROM scratch\n");
  fs.add_file("ctx/.dockerignore", "node_modules\nlogs\n!logs/keep.log\n");
  fs.add_file("ctx/src/main.c", "int main;");
  fs.add_file("ctx/node_modules/a/index.js", "a");
  fs.add_file("ctx/logs/keep.log", "k");
  fs.add_file("ctx/logs/old.log", "o");
  fs.add_symlink("ctx/outside");  // would point out of the context: sent as a link, never entered
  auto context = dlint::context::load_build_context(fs, "ctx/Dockerfile", std::nullopt);
  REQUIRE(context);
  CHECK(context->directory() == "ctx");
  REQUIRE(context->ignore());
  const auto* walk = context->walk();
  REQUIRE(walk);
  CHECK(sent_paths(*walk) ==
        std::vector<std::string>{".dockerignore", "Dockerfile", "outside", "src", "logs/keep.log", "src/main.c"});
  const auto* modules = walk->find("node_modules");
  REQUIRE(modules);
  CHECK_FALSE(modules->sent);
  CHECK_FALSE(modules->walked);  // no `!` reaches inside it
  CHECK(walk->find("node_modules/a") == nullptr);
  const auto* logs = walk->find("logs");
  REQUIRE(logs);
  CHECK(logs->walked);
  CHECK(walk->find("outside")->stat.type == FileType::Symlink);
  CHECK(walk->sent_files == 4);
  CHECK_FALSE(walk->truncated);
  CHECK(context->walk() == walk);  // walked once
}

TEST_CASE("the walk stops at its bounds and says so", "[context]") {
  MemoryFileSystem fs;
  std::string deep = "ctx";
  for (int i = 0; i < 10; ++i) deep += "/d";
  fs.add_file(deep + "/leaf", "x");
  for (int i = 0; i < 30; ++i) fs.add_file("ctx/f" + std::to_string(i), "x");
  dlint::ir::BuildContext shallow(&fs, "ctx", std::nullopt, {.max_entries = 1000, .max_depth = 4});
  CHECK(shallow.walk()->truncated);
  for (const auto& e : shallow.walk()->entries) CHECK(e.depth <= 4);
  dlint::ir::BuildContext few(&fs, "ctx", std::nullopt, {.max_entries = 10, .max_depth = 100});
  CHECK(few.walk()->truncated);
  CHECK(few.walk()->entries.size() == 10);
}

TEST_CASE("the context of a Dockerfile and its ignore file", "[context]") {
  MemoryFileSystem fs;
  fs.add_file("proj/docker/api.Dockerfile", "FROM scratch\n");
  fs.add_file("proj/docker/api.Dockerfile.dockerignore", "a\n");
  fs.add_file("proj/.dockerignore", "b\n");
  fs.add_file("proj/docker/.dockerignore", "c\n");
  CHECK(dlint::context::find_ignore_file(fs, "proj/docker/api.Dockerfile", "proj") ==
        "proj/docker/api.Dockerfile.dockerignore");
  CHECK(dlint::context::find_ignore_file(fs, "proj/docker/Dockerfile", "proj") == "proj/.dockerignore");
  // `docker build` run beside the Dockerfile: its directory is the context.
  CHECK(dlint::context::find_ignore_file(fs, "proj/docker/Dockerfile", "proj/docker") == "proj/docker/.dockerignore");
  CHECK_FALSE(dlint::context::load_build_context(fs, "proj/docker/Dockerfile", std::string("missing")));
  auto stdin_context = dlint::context::dockerignore_context(SourceFile(0, ".dockerignore", "x\n"), nullptr);
  CHECK(stdin_context.walk() == nullptr);
  CHECK(stdin_context.ignore()->lines.size() == 1);
}

TEST_CASE("a huge .dockerignore is bounded: patterns kept, walk shortened, Dockerfile verdicts withheld",
          "[context][dockerignore]") {
  std::string text;
  for (int i = 0; i < 12000; ++i) text += "dir" + std::to_string(i) + "\n!dir" + std::to_string(i) + "/keep\n";
  MemoryFileSystem fs;
  fs.add_file("ctx/.dockerignore", text);
  fs.add_file("ctx/Dockerfile", "FROM alpine:3.20\nCOPY dir1 /x\n");
  for (int i = 0; i < 3000; ++i) fs.add_file("ctx/f/" + std::to_string(i), "x");
  SourceFile file(0, "ctx/.dockerignore", text);
  auto ignore = dlint::frontends::parse_dockerignore(file);
  CHECK(ignore.truncated);
  CHECK(ignore.lines.size() == 10000);
  auto context = dlint::context::dockerignore_context(file, &fs);
  const auto* walk = context.walk();
  REQUIRE(walk);
  CHECK(walk->truncated);
  CHECK(walk->entries.size() <= 2000);
  auto findings = dlint::analyze_source(file, dlint::InputKind::Dockerignore, {}, {.fs = &fs});
  CHECK(findings.size() < 1000);
  CHECK_FALSE(dlint::context::load_build_context(fs, "ctx/Dockerfile", std::nullopt));
}
