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

const dlint::Config tagged_by_config = [] {
  dlint::Config config;
  config.build_args["BASE"] = "ubuntu:24.04";
  return config;
}();

TEST_CASE("BP002 image-without-tag: variables resolve to untagged images", "[rules][BP002]") {
  dlint::Config untagged_by_config;
  untagged_by_config.build_args["BASE"] = "debian";
  check_rule_cases(
      "BP002", {
                   {"default without a tag", "ARG BASE=ubuntu\nFROM ${BASE}\n", {{2, 6}}},
                   {"registry from a variable", "ARG REG=docker.io\nFROM $REG/library/ubuntu\n", {{2, 6}}},
                   {"default from an earlier ARG", "ARG NAME=node\nARG BASE=${NAME}\nFROM $BASE AS app\n", {{3, 6}}},
                   {"empty default falls back", "ARG BASE=\nFROM ${BASE:-ubuntu}\n", {{2, 6}}},
                   {"build-args override a tagged default",
                    "ARG BASE=ubuntu:24.04\nFROM ${BASE}\n",
                    {{2, 6}},
                    std::nullopt,
                    untagged_by_config},
                   {"second stage", "FROM alpine:3.20 AS a\nARG X\nFROM ${IMG:-alpine}\n", {{3, 6}}},
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
          {"variable with a tagged default", "ARG BASE=ubuntu:24.04\nFROM ${BASE}\n", {}},
          {"variable with a quoted tagged default", "ARG BASE=\"ubuntu:24.04\"\nFROM $BASE\n", {}},
          {"variable without a default", "ARG BASE\nFROM ${BASE}\n", {}},
          {"undeclared variable", "FROM ${BASE}\n", {}},
          {"tag from a fallback", "ARG TAG\nFROM ubuntu:${TAG:-24.04}\n", {}},
          {"resolves to a stage", "ARG SRC=build\nFROM alpine:3.20 AS build\nFROM ${SRC}\n", {}},
          {"build-args give a tag", "ARG BASE=ubuntu\nFROM ${BASE}\n", {}, std::nullopt, tagged_by_config},
          {"registry port with a tag", "FROM registry.local:5000/team/app:1.0\n", {}},
      });
}
