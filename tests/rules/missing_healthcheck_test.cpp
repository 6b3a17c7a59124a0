#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP001 missing-healthcheck: reported cases", "[rules][BP001]") {
  check_rule_cases(
      "BP001",
      {
          {"no HEALTHCHECK", "FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n", {{1, 6}}},
          {"lower-case keyword", "from nginx:1.27\n", {{1, 6}}},
          {"scratch with an ENTRYPOINT", "FROM scratch\nCOPY app /app\nENTRYPOINT [\"/app\"]\n", {{1, 6}}},
          {"HEALTHCHECK only in a build stage",
           "FROM node:20 AS build\nHEALTHCHECK CMD true\nFROM nginx:1.27\nCOPY --from=build /out /srv\n",
           {{3, 6}}},
          {"ONBUILD HEALTHCHECK does not count", "FROM nginx:1.27\nONBUILD HEALTHCHECK CMD true\n", {{1, 6}}},
          {"with --platform and a stage name", "FROM --platform=$BUILDPLATFORM nginx:1.27 AS web\n", {{1, 32}}},
      });
}

TEST_CASE("BP001 missing-healthcheck: silent cases", "[rules][BP001]") {
  check_rule_cases(
      "BP001",
      {
          {"HEALTHCHECK CMD", "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n", {}},
          {"HEALTHCHECK NONE", "FROM nginx:1.27\nHEALTHCHECK NONE\n", {}},
          {"lower-case keyword", "from nginx:1.27\nhealthcheck none\n", {}},
          {"continuation", "FROM nginx:1.27\nHEALTHCHECK --interval=5s \\\n  CMD curl -f http://localhost/\n", {}},
          {"files-only scratch image", "FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b /etc /etc\n", {}},
          {"inherited from a parent stage", "FROM nginx:1.27 AS base\nHEALTHCHECK CMD true\nFROM base\nRUN echo\n", {}},
      });
}
