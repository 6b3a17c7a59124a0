#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC001 final-image-runs-as-root: reported cases", "[rules][SEC001]") {
  check_rule_cases(
      "SEC001",
      {
          {"no USER: reported at the base image", "FROM node:20-alpine\nCMD [\"node\"]\n", {{1, 6}}},
          {"USER root", "FROM alpine:3.20\nRUN adduser -D app\nUSER root\n", {{3, 6}}},
          {"USER 0", "FROM alpine:3.20\nUSER 0\n", {{2, 6}}},
          {"USER root:group", "FROM alpine:3.20\nUSER root:staff\n", {{2, 6}}},
          {"USER 0:0", "FROM alpine:3.20\nUSER 0:0\n", {{2, 6}}},
          {"lower-case keyword", "from alpine:3.20\nuser root\n", {{2, 6}}},
          {"back to root after a user", "FROM alpine:3.20\nUSER app\nRUN id\nUSER root\n", {{4, 6}}},
          {"with --platform the image token is reported",
           "FROM --platform=linux/amd64 alpine:3.20\nRUN id\n",
           {{1, 29}}},
          {"the final stage of several",
           "FROM golang:1.22 AS build\nUSER nobody\nFROM alpine:3.20\nCOPY --from=build /out /out\n",
           {{3, 6}}},
          {"inherits root from a parent stage", "FROM alpine:3.20 AS base\nUSER root\nFROM base\nRUN id\n", {{2, 6}}},
          {"scratch with a RUN",
           "FROM busybox:1.36 AS tools\nFROM scratch\nCOPY --from=tools /bin/busybox /bin/sh\nRUN "
           "echo hi\n",
           {{2, 6}}},
          {"USER in ONBUILD does not count", "FROM alpine:3.20\nONBUILD USER app\n", {{1, 6}}},
          {"Windows ContainerAdministrator",
           "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n",
           {{2, 6}}},
          {"indented with continuation", "FROM alpine:3.20\n  USER \\\n    root\n", {{3, 5}}},
      });
}

TEST_CASE("SEC001 final-image-runs-as-root: silent cases", "[rules][SEC001]") {
  check_rule_cases(
      "SEC001",
      {
          {"unprivileged USER", "FROM alpine:3.20\nRUN adduser -D app\nUSER app\n", {}},
          {"numeric USER", "FROM alpine:3.20\nUSER 1000:1000\n", {}},
          {"USER from a variable", "FROM alpine:3.20\nARG APP_USER=app\nUSER ${APP_USER}\n", {}},
          {"lower-case user", "from alpine:3.20\nuser app\n", {}},
          {"root only in a build stage",
           "FROM golang:1.22 AS build\nUSER root\nRUN go build -o /out .\nFROM alpine:3.20\nCOPY --from=build /out "
           "/out\nUSER nobody\n",
           {}},
          {"USER inherited from a parent stage", "FROM alpine:3.20 AS base\nUSER app\nFROM base\nRUN id\n", {}},
          {"scratch without RUN",
           "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT "
           "[\"/app\"]\n",
           {}},
          {"Windows Nano Server", "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe /app.exe\n", {}},
          {"distroless nonroot", "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n", {}},
          {"the user root:x is not the user rootless", "FROM alpine:3.20\nUSER rootless\n", {}},
      });
}
