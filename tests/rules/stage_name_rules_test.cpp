#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR002 duplicate-stage-name", "[rules][COR002]") {
  check_rule_cases("COR002",
                   {
                       {"same name, other case", "FROM golang:1.22 AS build\nFROM node:20 as Build\n", {{2, 17}}},
                       {"distinct names", "FROM golang:1.22 AS build\nFROM node:20 AS web\n", {}},
                       {"unnamed stages", "FROM golang:1.22\nFROM node:20\n", {}},
                   });
}

TEST_CASE("COR011 reserved-stage-name", "[rules][COR011]") {
  check_rule_cases("COR011", {
                                 {"scratch", "FROM alpine:3.19 AS scratch\n", {{1, 21}}},
                                 {"Context", "FROM alpine:3.19 AS Context\n", {{1, 21}}},
                                 {"FROM scratch is fine", "FROM scratch AS base\n", {}},
                             });
}

TEST_CASE("COR003 copy-from-unknown-stage", "[rules][COR003]") {
  check_rule_cases(
      "COR003",
      {
          {"misspelt stage", "FROM golang:1.22 AS build\nFROM alpine:3.19\nCOPY --from=biuld /app /app\n", {{3, 13}}},
          {"stage defined later",
           "FROM alpine:3.19\nCOPY --from=build /app /app\nFROM golang:1.22 AS build\n",
           {{2, 13}}},
          {"own stage", "FROM alpine:3.19 AS final\nCOPY --from=final /a /b\n", {{2, 13}}},
          {"index not earlier", "FROM alpine:3.19\nCOPY --from=0 /a /b\n", {{2, 13}}},
          {"in ONBUILD", "FROM golang:1.22 AS build\nFROM alpine:3.19\nONBUILD COPY --from=nope /a /b\n", {{3, 21}}},
          {"earlier stage by name, any case",
           "FROM golang:1.22 AS Build\nFROM alpine:3.19\nCOPY --from=build /app /app\n",
           {}},
          {"earlier stage by index", "FROM golang:1.22\nFROM alpine:3.19\nCOPY --from=0 /app /app\n", {}},
          {"image references",
           "FROM alpine:3.19\nCOPY --from=nginx:1.27 /etc/nginx /n\nCOPY --from=ghcr.io/x/y /a /b\n"
           "COPY --from=${BUILDER} /a /b\nCOPY --from=busybox / /\n",
           {}},
      });
}
