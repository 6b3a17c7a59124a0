#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP004 copy-from-unpinned-image: reported cases", "[rules][BP004]") {
  check_rule_cases(
      "BP004",
      {
          {"untagged image", "FROM alpine:3.20\nCOPY --from=nginx /etc/nginx /etc/nginx\n", {{2, 13}}},
          {"latest points at the tag", "FROM alpine:3.20\nCOPY --from=nginx:latest /a /a\n", {{2, 19}}},
          {"lower-case keyword", "from alpine:3.20\ncopy --from=busybox /bin/busybox /bin/\n", {{2, 13}}},
          {"after other flags", "FROM alpine:3.20\nCOPY --chown=app --from=ghcr.io/acme/tools /t /t\n", {{2, 25}}},
          {"continuation", "FROM alpine:3.20\nCOPY \\\n  --from=nginx \\\n  /a /a\n", {{3, 10}}},
          {"a stage name declared nowhere is an image",
           "FROM alpine:3.20 AS base\nFROM base\nCOPY --from=builder /a /a\n",
           {{3, 13}}},
          {"RUN --mount from an untagged image",
           "FROM alpine:3.20\nRUN --mount=type=bind,from=busybox,source=/bin,target=/x ls /x\n",
           {{2, 28}}},
          {"RUN --mount from latest", "FROM alpine:3.20\nRUN --mount=from=node:latest,target=/n ls /n\n", {{2, 23}}},
          {"RUN --mount type=cache from an image",
           "FROM alpine:3.20\nRUN --mount=type=cache,target=/c,from=alpine echo\n",
           {{2, 39}}},
      });
}

TEST_CASE("BP004 copy-from-unpinned-image: silent cases", "[rules][BP004]") {
  check_rule_cases(
      "BP004",
      {
          {"stage name", "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\n", {}},
          {"stage name in other case", "FROM golang:1.22 AS Build\nFROM alpine:3.20\nCOPY --from=build /a /a\n", {}},
          {"stage index", "FROM golang:1.22\nFROM alpine:3.20\nCOPY --from=0 /a /a\n", {}},
          {"tagged image", "FROM alpine:3.20\nCOPY --from=nginx:1.27 /a /a\n", {}},
          {"digest",
           "FROM alpine:3.20\nCOPY "
           "--from=nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000 "
           "/a /a\n",
           {}},
          {"variable", "ARG TOOLS=tools:1\nFROM alpine:3.20\nCOPY --from=${TOOLS} /a /a\n", {}},
          {"stage names from variables",
           "ARG NAME=second\nFROM alpine:3.20 AS ${NAME}\nFROM alpine:3.20\nCOPY --from=second /a /a\n",
           {}},
          {"ONBUILD", "FROM alpine:3.20\nONBUILD COPY --from=builder /a /a\n", {}},
          {"plain COPY", "FROM alpine:3.20\ncopy app /app\n", {}},
          {"RUN --mount from a stage",
           "FROM golang:1.22 AS build\nFROM alpine:3.20\nRUN --mount=from=build,source=/out,target=/o cp /o/a /a\n",
           {}},
          {"RUN --mount from a tagged image", "FROM alpine:3.20\nRUN --mount=from=busybox:1.36,target=/b ls\n", {}},
          {"RUN cache mount without from", "FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache ls\n", {}},
      });
}
