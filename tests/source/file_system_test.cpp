#include <catch2/catch.hpp>

#include "source/file_system.hpp"

using namespace dlint;

TEST_CASE("paths are normalized and joined the way the rules expect", "[source][fs]") {
  CHECK(normalize_path("a/./b/../c/") == "a/c");
  CHECK(normalize_path("") == ".");
  CHECK(normalize_path("./") == ".");
  CHECK(normalize_path("/x/../../y") == "/y");
  CHECK(normalize_path("../a") == "../a");
  CHECK(join_path("app", "Dockerfile") == "app/Dockerfile");
  CHECK(join_path("app", "/etc/x") == "/etc/x");
  CHECK(join_path(".", "./b") == "b");
  CHECK(parent_path("a/b/c") == "a/b");
  CHECK(parent_path("c") == ".");
  CHECK(parent_path("/c") == "/");
}

TEST_CASE("an in-memory tree answers stat, list and read", "[source][fs]") {
  MemoryFileSystem fs;
  fs.add_file("ctx/src/main.go", "package main\n");
  fs.add_file("ctx/.env", "TOKEN=x\n");
  fs.add_symlink("ctx/link");

  REQUIRE(fs.stat("ctx")->type == FileType::Directory);
  CHECK(fs.stat("ctx/src/main.go")->size == 13);
  CHECK(fs.stat("ctx/link")->type == FileType::Symlink);
  CHECK_FALSE(fs.stat("ctx/missing").has_value());

  auto entries = fs.list("ctx");
  REQUIRE(entries.size() == 3);
  CHECK(entries[0].name == ".env");
  CHECK(entries[1].name == "link");
  CHECK(entries[2].name == "src");
  CHECK(entries[2].stat.type == FileType::Directory);
  CHECK(fs.list("ctx/src/main.go").empty());

  CHECK(fs.read("./ctx/.env", 100) == std::optional<std::string>("TOKEN=x\n"));
  CHECK_FALSE(fs.read("ctx/.env", 3).has_value());
  CHECK_FALSE(fs.read("ctx/src", 100).has_value());
}
