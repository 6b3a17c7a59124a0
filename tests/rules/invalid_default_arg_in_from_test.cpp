#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR030 invalid-default-arg-in-from: reported cases", "[rules][COR030]") {
  check_rule_cases("COR030", {
                                 {"tag without a default", "ARG TAG\nFROM alpine:${TAG}\n", {{2, 6}}},
                                 {"image without a default", "ARG BASE\nFROM $BASE AS app\n", {{2, 6}}},
                                 {"upper-case default", "ARG BASE=Alpine\nFROM ${BASE}\n", {{2, 6}}},
                                 {"required with a message", "ARG TAG\nFROM alpine:${TAG:?required}\n", {{2, 6}}},
                                 {"second stage, with --platform",
                                  "ARG V\nFROM alpine:3.20 AS a\nFROM --platform=$BUILDPLATFORM golang:$V\n",
                                  {{3, 32}}},
                                 {"continuation", "ARG TAG\nFROM \\\n  alpine:${TAG}\n", {{3, 3}}},
                             });
}

TEST_CASE("COR030 invalid-default-arg-in-from: silent cases", "[rules][COR030]") {
  dlint::Config given;
  given.build_args["TAG"] = "3.20";
  check_rule_cases(
      "COR030", {
                    {"default", "ARG TAG=3.20\nFROM alpine:${TAG}\n", {}},
                    {"fallback", "ARG TAG\nFROM alpine:${TAG:-3.20}\n", {}},
                    {"empty tag dropped by :+", "ARG TAG\nFROM alpine${TAG:+:}${TAG}\n", {}},
                    {"given by build-args", "ARG TAG\nFROM alpine:${TAG}\n", {}, std::nullopt, given},
                    {"undeclared is COR004's", "FROM alpine:${NOPE}\n", {}},
                    {"registry with a port", "ARG REG=localhost:5000\nFROM ${REG}/team/app:1\n", {}},
                    {"predefined platform arg", "FROM --platform=$BUILDPLATFORM golang:1.22\n", {}},
                    {"stage-local ARG does not reach FROM but is not this rule's", "FROM alpine:3.20\nARG TAG\n", {}},
                    {"no variable", "FROM alpine:3.20\n", {}},
                });
}
