#include <catch2/catch.hpp>

#include "knowledge/volatile_build_args.hpp"
#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("volatile build args", "[knowledge][cache]") {
  using dlint::knowledge::volatile_build_arg;
  CHECK(volatile_build_arg("BUILD_DATE", std::nullopt));
  CHECK(volatile_build_arg("git_sha", std::string_view("unknown")));
  CHECK(volatile_build_arg("VERSION", std::nullopt));
  CHECK(volatile_build_arg("VERSION", std::string_view("\"dev\"")));
  CHECK_FALSE(volatile_build_arg("VERSION", std::string_view("1.4.2")));
  CHECK_FALSE(volatile_build_arg("NODE_VERSION", std::nullopt));
  CHECK_FALSE(volatile_build_arg("TARGETARCH", std::nullopt));
}

TEST_CASE("CACHE020 volatile-arg-before-install", "[rules][CACHE020]") {
  check_rule_cases(
      "CACHE020",
      {
          {"commit before npm ci", "FROM node:20-alpine\nARG GIT_SHA\nCOPY package*.json ./\nRUN npm ci\n", {{2, 5}}},
          {"date before apt-get, second of two args",
           "FROM debian:12 AS a\nFROM debian:12\nARG A=1 BUILD_DATE\nRUN apt-get update && \\\n  apt-get install -y "
           "curl\n",
           {{3, 9}}},
          {"version without a default before pip",
           "FROM python:3.12\nARG VERSION\nRUN pip install -r requirements.txt\n",
           {{2, 5}}},
          {"exec form", "FROM alpine:3.20\nARG BUILD_NUMBER\nRUN [\"apk\", \"add\", \"curl\"]\n", {{2, 5}}},
          {"used by the install", "FROM node:20\nARG GIT_SHA\nRUN npm ci && echo $GIT_SHA > /rev\n", {}},
          {"used by an earlier RUN", "FROM node:20\nARG GIT_SHA\nRUN echo ${GIT_SHA} > /rev\nRUN npm ci\n", {}},
          {"after the install", "FROM node:20\nRUN npm ci\nARG GIT_SHA\nLABEL rev=$GIT_SHA\n", {}},
          {"pinned version", "FROM node:20\nARG VERSION=1.4.2\nRUN npm ci\n", {}},
          {"no install", "FROM node:20\nARG BUILD_DATE\nRUN echo hi\nLABEL d=$BUILD_DATE\n", {}},
          {"global ARG is not in the stage", "ARG GIT_SHA\nFROM node:20\nRUN npm ci\n", {}},
          {"a stage the target does not build", "FROM node:20 AS dev\nARG GIT_SHA\nRUN npm ci\nFROM node:20\n", {}},
          {"a stage the target copies from",
           "FROM node:20 AS deps\nARG GIT_SHA\nRUN npm ci\nFROM node:20\nCOPY --from=deps /n /n\n",
           {{2, 5}}},
      });
}
