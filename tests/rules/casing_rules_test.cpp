#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("STYLE001 inconsistent-instruction-casing", "[rules][STYLE001]") {
  check_rule_cases("STYLE001", {
                                   {"one lower-case keyword among upper-case ones",
                                    "FROM alpine:3.19\nrun echo hi\nCMD [\"sh\"]\n",
                                    {{2, 1}},
                                    "FROM alpine:3.19\nRUN echo hi\nCMD [\"sh\"]\n"},
                                   {"lower-case majority, mixed-case keyword and an ONBUILD trigger",
                                    "from alpine:3.19\nrun echo hi\nRun echo x\nonbuild RUN echo y\n",
                                    {{3, 1}, {4, 9}},
                                    "from alpine:3.19\nrun echo hi\nrun echo x\nonbuild run echo y\n"},
                                   {"all upper", "ARG V=1\nFROM alpine:3.19\nRUN echo\n", {}},
                                   {"all lower", "from alpine:3.19\nrun echo\n", {}},
                               });
}

TEST_CASE("STYLE003 from-as-casing", "[rules][STYLE003]") {
  check_rule_cases("STYLE003",
                   {
                       {"lower as after FROM", "FROM golang:1.22 as build\n", {{1, 18}}, "FROM golang:1.22 AS build\n"},
                       {"upper AS after from", "from golang:1.22 AS build\n", {{1, 18}}, "from golang:1.22 as build\n"},
                       {"matching", "FROM golang:1.22 AS build\nfrom node:20 as web\n", {}},
                   });
}
