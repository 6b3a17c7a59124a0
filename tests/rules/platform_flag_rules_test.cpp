#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP050 from-platform-constant", "[rules][BP050]") {
  check_rule_cases("BP050",
                   {
                       {"constant", "FROM --platform=linux/amd64 node:20-alpine\n", {{1, 17}}},
                       {"constant in a later stage",
                        "FROM alpine:3.20 AS a\nfrom --platform=linux/arm64/v8 alpine:3.20\n",
                        {{2, 17}}},
                       {"continuation", "FROM \\\n  --platform=linux/amd64 \\\n  alpine:3.20\n", {{2, 14}}},
                       {"BUILDPLATFORM", "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n", {}},
                       {"braced TARGETPLATFORM", "FROM --platform=${TARGETPLATFORM} alpine:3.20\n", {}},
                       {"own ARG", "ARG P=linux/amd64\nFROM --platform=$P alpine:3.20\n", {}},
                       {"stage named for its platform", "FROM --platform=linux/arm64 alpine:3.20 AS tools-arm64\n", {}},
                       {"no flag", "FROM alpine:3.20\n", {}},
                   });
}

TEST_CASE("BP051 redundant-target-platform", "[rules][BP051]") {
  check_rule_cases("BP051",
                   {
                       {"plain", "FROM --platform=$TARGETPLATFORM alpine:3.20\n", {{1, 6}}, "FROM alpine:3.20\n"},
                       {"braced, named stage",
                        "FROM alpine:3.20 AS a\nFROM --platform=${TARGETPLATFORM} alpine:3.20 AS b\n",
                        {{2, 6}},
                        "FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\n"},
                       {"BUILDPLATFORM", "FROM --platform=$BUILDPLATFORM golang:1.22\n", {}},
                       {"constant", "FROM --platform=linux/amd64 alpine:3.20\n", {}},
                       {"in a RUN", "FROM alpine:3.20\nRUN echo --platform=$TARGETPLATFORM\n", {}},
                   });
}
