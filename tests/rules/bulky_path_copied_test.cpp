#include <catch2/catch.hpp>

#include "support/context_rule_tester.hpp"

using dlint::testing::check_context_rule_cases;

TEST_CASE("SIZE140 bulky-path-copied: reported cases", "[rules][SIZE140][context]") {
  check_context_rule_cases(
      "SIZE140",
      {
          {".git and node_modules under COPY . ., with their sizes, nested node_modules once",
           {{"app/Dockerfile", "FROM node:20-alpine\nCOPY . /app\n"},
            {"app/.git/HEAD", "ref: refs/heads/main\n"},
            {"app/node_modules/a/index.js", std::string(2048, 'x')},
            {"app/node_modules/a/node_modules/b/index.js", "b"},
            {"app/index.js", "x"}},
           "app/Dockerfile",
           {{2, 6, {".git/ (the Git history, 21 B)", "node_modules/ (installed npm packages, 2.0 KiB)"}}}},
          {"target/ inside a copied directory",
           {{"app/Dockerfile", "FROM rust:1.82\nCOPY crates /src/crates\n"}, {"app/crates/a/target/debug/a", "bin"}},
           "app/Dockerfile",
           {{2, 6, {"crates/a/target/"}}}},
      });
}

TEST_CASE("SIZE140 bulky-path-copied: silent cases", "[rules][SIZE140][context]") {
  check_context_rule_cases("SIZE140", {
                                          {"excluded",
                                           {{"app/Dockerfile", "FROM node:20-alpine\nCOPY . /app\n"},
                                            {"app/.dockerignore", ".git\n**/node_modules\n"},
                                            {"app/.git/HEAD", "ref"},
                                            {"app/web/node_modules/a.js", "a"}},
                                           "app/Dockerfile"},
                                          {"not copied",
                                           {{"app/Dockerfile", "FROM node:20-alpine\nCOPY src /app/src\n"},
                                            {"app/node_modules/a.js", "a"},
                                            {"app/src/i.js", "i"}},
                                           "app/Dockerfile"},
                                      });
}
