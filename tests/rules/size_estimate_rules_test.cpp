#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

TEST_CASE("SIZE180 image-size-estimate: reported cases", "[rules][SIZE180]") {
  check_rule_cases("SIZE180", {
                                  {"one stage: on the base image", "FROM alpine:3.24\nRUN echo hi\n", {{1, 6}}},
                                  {"several stages: only on the final FROM",
                                   "FROM golang:1.26 AS build\nRUN go build -o /app .\n\nfrom scratch\n"
                                   "COPY --from=build /app /app\n",
                                   {{4, 6}}},
                                  {"FROM a stage", "FROM alpine:3.24 AS a\nFROM a\n", {{2, 6}}},
                                  {"unknown base", "FROM ${BASE}\n", {{1, 6}}},
                              });
}

TEST_CASE("SIZE180 image-size-estimate: not reported", "[rules][SIZE180]") {
  check_rule_cases("SIZE180", {
                                  {"no stage", "ARG X=1\n"},
                              });
}

TEST_CASE("SIZE180 image-size-estimate: message", "[rules][SIZE180]") {
  auto findings = run_rule("SIZE180", "FROM golang:1.26 AS build\nFROM scratch\nCOPY --from=build /app /app\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "estimated final image size 0-874 MB: base scratch 0 B, copy-from-stage 0-874 MB");
  auto unknown = run_rule("SIZE180", "FROM ghcr.io/acme/base:1\nCOPY <<EOF /a\nxyz\nEOF\n");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].message ==
        "estimated final image size at least 4 B (the base image's size is unknown: not an official image in the "
        "size table): base ghcr.io/acme/base:1 unknown, heredoc 4 B");
  auto exact = run_rule("SIZE180", "FROM scratch\nCOPY <<EOF /a\nxyz\nEOF\n");
  REQUIRE(exact.size() == 1);
  CHECK(exact[0].message == "estimated final image size 4 B: base scratch 0 B, heredoc 4 B");
}

TEST_CASE("SIZE181 oversized-final-base: reported cases", "[rules][SIZE181]") {
  check_rule_cases(
      "SIZE181",
      {
          {"toolchain image as the final stage that builds", "FROM rust:1.98\nRUN cargo build --release\n", {{1, 6}}},
          {"toolchain image that copies a binary from a builder",
           "FROM golang:1.26 AS build\nRUN CGO_ENABLED=0 go build -o /app .\nFROM golang:1.26-alpine\n"
           "COPY --from=build /app /app\n",
           {{3, 6}}},
          {"go build behind env", "FROM golang:1.26\nRUN env CGO_ENABLED=0 go build -o /app .\n", {{1, 6}}},
          {"full language image", "FROM node:22\nCOPY . /app\n", {{1, 6}}},
          {"full python image, registry spelled out", "FROM docker.io/library/python:3.12\n", {{1, 6}}},
      });
}

TEST_CASE("SIZE181 oversized-final-base: not reported", "[rules][SIZE181]") {
  check_rule_cases(
      "SIZE181", {
                     {"toolchain only in the build stage",
                      "FROM golang:1.26 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n"},
                     {"toolchain image used to run tests, nothing built", "FROM golang:1.26\nRUN go test ./...\n"},
                     {"slim and alpine variants", "FROM node:22-slim\nCOPY . /app\n"},
                     {"alpine variant", "FROM python:3.12-alpine\n"},
                     {"untagged: no variant to suggest", "FROM node\n"},
                     {"final stage built FROM a stage", "FROM node:22 AS base\nFROM base\n"},
                     {"image from another registry", "FROM ghcr.io/acme/node:22\n"},
                     {"variable", "FROM node:${V}\n"},
                 });
}

TEST_CASE("SIZE181 oversized-final-base: message", "[rules][SIZE181]") {
  auto findings = run_rule("SIZE181", "FROM node:22\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message ==
        "the final image is the full node:22 image (estimated 1.1 GB), with compilers and -dev libraries; "
        "node:22-slim is about 208-224 MB unless the application builds native code at run time");
}

TEST_CASE("SIZE182 file-removed-in-later-layer: reported cases", "[rules][SIZE182]") {
  check_rule_cases(
      "SIZE182",
      {
          {"COPY then rm",
           "FROM debian:12\nCOPY big.tar /tmp/\nRUN tar xf /tmp/big.tar && rm /tmp/big.tar\n",
           {{3, 31}}},
          {"COPY to a file name, rm relative to WORKDIR",
           "FROM debian:12\nWORKDIR /src\nCOPY app.tgz pkg.tgz\nRUN rm -f pkg.tgz\n",
           {{4, 11}}},
          {"download in one RUN, rm in another",
           "FROM debian:12\nRUN curl -fsSL -o /tmp/x.deb https://example.com/x.deb\nRUN dpkg -i /tmp/x.deb\n"
           "RUN rm /tmp/x.deb\n",
           {{4, 8}}},
          {"wget keeps the URL's name",
           "FROM debian:12\nWORKDIR /opt\nRUN wget https://e.com/a/tool.zip\nRUN rm -rf /opt\n",
           {{4, 12}}},
          {"removing the directory the file went to",
           "FROM debian:12\nCOPY vendor/ /build/vendor/\nRUN make -C /build\nRUN rm -rf /build\n",
           {{4, 12}}},
          {"deleted in a stage built FROM the one that added it",
           "FROM debian:12 AS base\nADD data.bin /data.bin\nFROM base\nRUN rm /data.bin\n",
           {{4, 8}}},
          {"line continuation", "FROM debian:12\nCOPY a.zip /\nRUN set -e; \\\n    rm \\\n      /a.zip\n", {{5, 7}}},
          {"heredoc RUN", "FROM debian:12\nCOPY a.zip /\nRUN <<EOF\nrm /a.zip\nEOF\n", {{4, 4}}},
      });
}

TEST_CASE("SIZE182 file-removed-in-later-layer: not reported", "[rules][SIZE182]") {
  check_rule_cases(
      "SIZE182",
      {
          {"download and delete in one RUN",
           "FROM debian:12\nRUN curl -o /tmp/x.tgz https://e.com/x.tgz && tar xzf /tmp/x.tgz && rm /tmp/x.tgz\n"},
          {"deleting something no layer of ours added", "FROM debian:12\nRUN rm -rf /var/lib/apt/lists/*\n"},
          {"a build stage whose layers are discarded",
           "FROM debian:12 AS build\nCOPY big.tar /\nRUN rm /big.tar\nFROM scratch\nCOPY --from=build / /\n"},
          {"globbed and variable paths are not followed",
           "FROM debian:12\nCOPY a.tar /tmp/\nRUN rm /tmp/*.tar\nRUN rm $FILE\n"},
          {"rm of a different file", "FROM debian:12\nCOPY a.tar /tmp/\nRUN rm /tmp/b.tar\n"},
          {"the same file reported once", "FROM debian:12\nCOPY a /a\nRUN rm /a\nRUN rm /a\n", {{3, 8}}},
      });
}

TEST_CASE("SIZE182 file-removed-in-later-layer: message", "[rules][SIZE182]") {
  auto findings = run_rule("SIZE182", "FROM debian:12\nCOPY big /big\nRUN rm /big\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message ==
        "/big was added by the COPY on line 2; deleting it in a later layer does not shrink the image, that layer "
        "still holds it (about 0-10.0 MB). Add, use and delete it in one RUN, or bind-mount it");
  // A file measured small is not worth reporting.
  CHECK(run_rule("SIZE182", "FROM debian:12\nCOPY <<EOF /small\nxxxx\nEOF\nRUN rm /small\n").empty());
}
