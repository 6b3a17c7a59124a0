#include <catch2/catch.hpp>

#include "support/context_rule_tester.hpp"

using dlint::testing::check_context_rule_cases;

TEST_CASE("BP140 missing-dockerignore: reported cases", "[rules][BP140][context]") {
  check_context_rule_cases(
      "BP140", {
                   {"COPY . . without a .dockerignore",
                    {{"app/Dockerfile", "FROM node:20-alpine\nWORKDIR /app\nCOPY package.json .\nCOPY . .\n"},
                     {"app/package.json", "{}"}},
                    "app/Dockerfile",
                    {{4, 6, {"`COPY . .`, line 4, copies the whole build context", "no .dockerignore in `app`"}}}},
                   {"a directory copy, once per Dockerfile",
                    {{"app/Dockerfile", "FROM alpine:3.20\nCOPY src /src\nCOPY . /all\n"}, {"app/src/a.c", "int a;"}},
                    "app/Dockerfile",
                    {{2, 6, {"copies a directory"}}}},
               });
}

TEST_CASE("BP140 missing-dockerignore: silent cases", "[rules][BP140][context]") {
  check_context_rule_cases(
      "BP140", {
                   {"a .dockerignore exists",
                    {{"app/Dockerfile", "FROM alpine:3.20\nCOPY . /srv\n"}, {"app/.dockerignore", ""}},
                    "app/Dockerfile"},
                   {"a Dockerfile-specific ignore file exists",
                    {{"app/Dockerfile", "FROM alpine:3.20\nCOPY . /srv\n"}, {"app/Dockerfile.dockerignore", ".git\n"}},
                    "app/Dockerfile"},
                   {"single files only",
                    {{"app/Dockerfile", "FROM alpine:3.20\nCOPY a.txt /srv/\n"}, {"app/a.txt", "a"}},
                    "app/Dockerfile"},
                   {"nothing from the context",
                    {{"app/Dockerfile", "FROM alpine:3.20\nRUN echo hi\nCOPY --from=busybox:1.36 /bin/sh /sh\n"}},
                    "app/Dockerfile"},
                   {"without a file system",
                    {{"app/Dockerfile", "FROM alpine:3.20\nCOPY . /srv\n"}},
                    "app/Dockerfile",
                    {},
                    std::nullopt,
                    {},
                    {},
                    std::nullopt,
                    true},
               });
}
