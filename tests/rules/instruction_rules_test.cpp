// Case tables of the instruction-level rules: COPY destinations, trusted registries, ENV self references,
// label keys, USER by name, whole-filesystem copies, inline suppressions, system WORKDIRs, port 22.
#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR031 copy-sources-to-file", "[rules][COR031]") {
  check_rule_cases(
      "COR031",
      {
          {"two sources",
           "FROM node:20\nCOPY package.json package-lock.json /app\n",
           {{2, 37}},
           "FROM node:20\nCOPY package.json package-lock.json /app/\n"},
          {"ADD in ONBUILD", "FROM node:20\nONBUILD ADD a b c\n", {{2, 17}}, "FROM node:20\nONBUILD ADD a b c/\n"},
          {"with --from, later stage",
           "FROM node:20 AS a\nFROM node:20\nCOPY --from=a /x /y ./dest\n",
           {{3, 21}},
           "FROM node:20 AS a\nFROM node:20\nCOPY --from=a /x /y ./dest/\n"},
          {"JSON form: no fix",
           "FROM node:20\nCOPY [\"a\", \"b\", \"/app\"]\n",
           {{2, 17}},
           "FROM node:20\nCOPY [\"a\", \"b\", \"/app\"]\n"},
          {"continuation",
           "FROM node:20\nCOPY a \\\n  b \\\n  /app\n",
           {{4, 3}},
           "FROM node:20\nCOPY a \\\n  b \\\n  /app/\n"},
          {"trailing slash", "FROM node:20\nCOPY a b /app/\n", {}},
          {"flag without a value is COR001's", "FROM node:20\nCOPY --chown app /src /dst\n", {}},
          {"dot directory", "FROM node:20\nWORKDIR /app\nCOPY a b ./\n", {}},
          {"dot without slash", "FROM node:20\nWORKDIR /app\nCOPY go.mod go.sum .\nCOPY a b ..\nCOPY c d sub/.\n", {}},
          {"one source", "FROM node:20\nCOPY a /app\n", {}},
          {"variable destination", "FROM node:20\nARG D=/app/\nCOPY a b $D\n", {}},
          {"windows destination",
           "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY a b C:\\app\\\n",
           {}},
      });
}

TEST_CASE("SEC020 untrusted-registry", "[rules][SEC020]") {
  dlint::Config config;
  config.trusted_registries = {"docker.io", "*.gcr.io", "registry.example.com:5000"};
  auto with = [&](std::string name, std::string input, std::vector<dlint::testing::Expected> expected) {
    return dlint::testing::RuleCase{std::move(name), std::move(input), std::move(expected), std::nullopt, config};
  };
  check_rule_cases(
      "SEC020",
      {
          with("other registry", "FROM quay.io/team/app:1\n", {{1, 6}}),
          with("bare gcr.io is not a sub-domain", "FROM gcr.io/distroless/static:nonroot\n", {{1, 6}}),
          with("COPY --from an image", "FROM alpine:3.20\nCOPY --from=ghcr.io/o/tool:1 /t /t\n", {{2, 13}}),
          with("resolved ARG", "ARG BASE=quay.io/team/app:1\nFROM ${BASE}\n", {{2, 6}}),
          with("port must match", "FROM registry.example.com/app:1\n", {{1, 6}}),
          with("Docker Hub by default", "FROM alpine:3.20\n", {}),
          with("Docker Hub by another name", "FROM index.docker.io/library/alpine:3.20\n", {}),
          with("wildcard", "FROM eu.gcr.io/p/app:1\nFROM us.gcr.io/p/app:1\n", {}),
          with("with port", "FROM registry.example.com:5000/app:1\n", {}),
          with("stage reference and scratch", "FROM alpine:3.20 AS a\nFROM a\nFROM scratch\nCOPY --from=a /a /a\n", {}),
          with("unresolved variable", "ARG BASE\nFROM ${BASE}\n", {}),
          {"no list configured", "FROM quay.io/team/app:1\n", {}},
      });
}

TEST_CASE("COR033 env-self-reference", "[rules][COR033]") {
  check_rule_cases(
      "COR033", {
                    {"second pair reads the first", "FROM alpine:3.20\nENV APP=/srv/app BIN=$APP/bin\n", {{2, 22}}},
                    {"braced, continuation, ONBUILD", "FROM alpine:3.20\nONBUILD ENV A=1 \\\n  B=${A}\n", {{3, 5}}},
                    {"own old value", "FROM alpine:3.20\nENV PATH=/opt/bin:$PATH\n", {}},
                    {"re-exported ARG", "FROM alpine:3.20\nARG V=2\nENV V=$V \\\n  OS=linux$V\n", {}},
                    {"same literal as before", "FROM alpine:3.20 AS a\nENV P=/x\nFROM a\nENV P=/x Q=$P/y\n", {}},
                    {"ARG overridden with another value", "FROM alpine:3.20\nARG V=2\nENV V=3 OS=linux$V\n", {{3, 17}}},
                    {"separate ENVs", "FROM alpine:3.20\nENV A=1\nENV B=$A\n", {}},
                    {"reads a later pair's name", "FROM alpine:3.20\nENV B=$A A=1\n", {}},
                    {"single quotes", "FROM alpine:3.20\nENV A=1 B='$A'\n", {}},
                    {"escaped", "FROM alpine:3.20\nENV A=1 B=\\$A\n", {}},
                });
}

TEST_CASE("BP052 copy-relative-destination", "[rules][BP052]") {
  check_rule_cases(
      "BP052",
      {
          {"dot", "FROM node:20-alpine\nCOPY package.json .\n", {{2, 19}}},
          {"relative dir, second stage", "FROM node:20 AS a\nWORKDIR /app\nFROM node:20\nADD x app/\n", {{4, 7}}},
          {"before the WORKDIR", "FROM node:20\nCOPY a b/\nWORKDIR /app\nCOPY c .\n", {{2, 8}}},
          {"after WORKDIR", "FROM node:20\nWORKDIR /app\nCOPY . .\n", {}},
          {"inherited WORKDIR", "FROM node:20 AS base\nWORKDIR /app\nFROM base\nCOPY . .\n", {}},
          {"absolute", "FROM node:20\nCOPY a /app/\n", {}},
          {"variable", "FROM node:20\nARG D=/app\nCOPY a $D\n", {}},
          {"windows", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a C:\\app\\\n", {}},
      });
}

TEST_CASE("STYLE014 invalid-label-key", "[rules][STYLE014]") {
  check_rule_cases(
      "STYLE014",
      {
          {"upper case", "FROM alpine:3.20\nLABEL Maintainer=jane\n", {{2, 7}}},
          {"reserved namespace, ONBUILD", "FROM alpine:3.20\nONBUILD LABEL com.docker.x=1\n", {{2, 15}}},
          {"double dot, second pair", "FROM alpine:3.20\nLABEL a=1 com..example=2\n", {{2, 11}}},
          {"starts with a digit", "FROM alpine:3.20\nLABEL 1abc=x\n", {{2, 7}}},
          {"ends with a dot", "FROM alpine:3.20\nLABEL com.example.=x\n", {{2, 7}}},
          {"legacy form", "FROM alpine:3.20\nLABEL Description some text\n", {{2, 7}}},
          {"reverse DNS", "FROM alpine:3.20\nLABEL org.opencontainers.image.source=x com.example.v2=y\n", {}},
          {"quoted key", "FROM alpine:3.20\nLABEL \"com.example.vendor\"=ACME\n", {}},
          {"variable key", "FROM alpine:3.20\nARG K=a\nLABEL ${K}=x\n", {}},
      });
}

TEST_CASE("BP053 user-by-name", "[rules][BP053]") {
  check_rule_cases("BP053", {
                                {"name", "FROM alpine:3.20\nUSER app\n", {{2, 6}}},
                                {"numeric user, named group", "FROM alpine:3.20\nUSER 1000:staff\n", {{2, 6}}},
                                {"ONBUILD", "FROM alpine:3.20\nONBUILD USER app\n", {{2, 14}}},
                                {"uid", "FROM alpine:3.20\nUSER 10001\n", {}},
                                {"uid:gid", "FROM alpine:3.20\nUSER 10001:10001\n", {}},
                                {"variable", "FROM alpine:3.20\nARG UID=1000\nUSER ${UID}\n", {}},
                            });
}

TEST_CASE("SIZE020 copy-whole-filesystem", "[rules][SIZE020]") {
  check_rule_cases(
      "SIZE020",
      {
          {"root to root", "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build / /\n", {{3, 19}}},
          {"image, ONBUILD", "FROM alpine:3.20\nONBUILD COPY --from=busybox:1 /. /\n", {{2, 31}}},
          {"a directory", "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n", {}},
          {"root into a sub-directory",
           "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build / /rootfs\n",
           {}},
          {"context root", "FROM alpine:3.20\nCOPY / /\n", {}},
          {"scratch stage", "FROM scratch AS out\nCOPY bin /bin\nFROM alpine:3.20\nCOPY --from=out / /\n", {}},
          {"xx stage",
           "FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4 AS xx\nFROM golang:1.22\nCOPY --from=xx / /\n",
           {}},
          {"bundle image", "FROM alpine:3.20\nCOPY --from=docker/buildx-bin:0.14 / /\n", {}},
      });
}

TEST_CASE("STYLE015 inline-suppression", "[rules][STYLE015]") {
  check_rule_cases(
      "STYLE015",
      {
          {"hadolint and dlint",
           "FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add curl\n  # dlint ignore=SIZE002\nRUN x\n",
           {{2, 1}, {4, 3}}},
          {"global", "# hadolint global ignore=DL3018\nFROM alpine:3.20\n", {{1, 1}}},
          {"plain comment", "FROM alpine:3.20\n# install curl\nRUN apk add curl\n", {}},
      });
}

TEST_CASE("SEC021 workdir-in-system-directory", "[rules][SEC021]") {
  check_rule_cases(
      "SEC021", {
                    {"proc", "FROM alpine:3.20\nWORKDIR /proc/self\n", {{2, 9}}},
                    {"usr/bin with a trailing slash", "FROM alpine:3.20\nWORKDIR /usr/bin/\n", {{2, 9}}},
                    {"root followed by a relative copy", "FROM alpine:3.20\nWORKDIR /\nRUN x\nCOPY app .\n", {{2, 9}}},
                    {"second stage", "FROM alpine:3.20 AS a\nFROM a\nWORKDIR /etc\n", {{3, 9}}},
                    {"root then absolute copy", "FROM alpine:3.20\nWORKDIR /\nCOPY app /app/\n", {}},
                    {"root then a new WORKDIR", "FROM alpine:3.20\nWORKDIR /\nWORKDIR /app\nCOPY . .\n", {}},
                    {"under usr", "FROM alpine:3.20\nWORKDIR /usr/src/app\nWORKDIR /etc/nginx\nWORKDIR /var/www\n", {}},
                    {"devices lookalike", "FROM alpine:3.20\nWORKDIR /devtools\n", {}},
                });
}

TEST_CASE("SEC022 ssh-port-exposed", "[rules][SEC022]") {
  check_rule_cases("SEC022", {
                                 {"22", "FROM alpine:3.20\nEXPOSE 80 22\n", {{2, 11}}},
                                 {"22/tcp in ONBUILD", "FROM alpine:3.20\nONBUILD EXPOSE 22/tcp\n", {{2, 16}}},
                                 {"range", "FROM alpine:3.20\nEXPOSE 20-30\n", {{2, 8}}},
                                 {"other ports", "FROM alpine:3.20\nEXPOSE 2222 220 8022\n", {}},
                                 {"variable", "FROM alpine:3.20\nARG P=22\nEXPOSE $P\n", {}},
                             });
}
