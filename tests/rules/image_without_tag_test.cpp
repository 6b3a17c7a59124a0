#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP002 image-without-tag: reported cases", "[rules][BP002]") {
  check_rule_cases("BP002", {
                                {"bare image", "FROM ubuntu\nRUN echo\n", {{1, 6}}},
                                {"lower-case keyword", "from ubuntu\n", {{1, 6}}},
                                {"with a stage name", "FROM debian AS build\n", {{1, 6}}},
                                {"with --platform", "FROM --platform=linux/arm64 ubuntu\n", {{1, 29}}},
                                {"registry with a port is not a tag", "FROM registry.local:5000/team/app\n", {{1, 6}}},
                                {"every untagged stage",
                                 "FROM golang AS build\nRUN go build\nFROM alpine\nCOPY --from=build /a /a\n",
                                 {{1, 6}, {3, 6}}},
                                {"a number that is not an earlier stage", "FROM 0\n", {{1, 6}}},
                                {"continuation before the image", "FROM \\\n  ubuntu\n", {{2, 3}}},
                            });
}

TEST_CASE("BP002 image-without-tag: silent cases", "[rules][BP002]") {
  check_rule_cases(
      "BP002",
      {
          {"tagged", "FROM ubuntu:24.04\n", {}},
          {"digest", "FROM ubuntu@sha256:0000000000000000000000000000000000000000000000000000000000000000\n", {}},
          {"latest is BP003's", "FROM ubuntu:latest\n", {}},
          {"scratch", "FROM scratch\nCOPY app /app\n", {}},
          {"stage reference", "FROM alpine:3.20 AS base\nFROM base\nRUN echo\n", {}},
          {"stage reference in other case", "FROM alpine:3.20 AS Base\nFROM base\n", {}},
          {"stage number", "FROM alpine:3.20\nRUN echo\nFROM 0\n", {}},
          {"variable", "ARG BASE=ubuntu\nFROM ${BASE}\n", {}},
          {"variable image with literal name", "ARG REG=docker.io\nFROM $REG/library/ubuntu\n", {}},
          {"registry port with a tag", "FROM registry.local:5000/team/app:1.0\n", {}},
      });
}
