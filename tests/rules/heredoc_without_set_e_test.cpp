#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR020 heredoc-without-set-e: cases", "[rules][COR020]") {
  check_rule_cases(
      "COR020",
      {
          {"two lines",
           "FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n",
           {{2, 5}},
           "FROM debian\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF\n"},
          {"a ;-list",
           "FROM debian\nRUN <<EOF\nmake; make install\nEOF\n",
           {{2, 5}},
           "FROM debian\nRUN <<EOF\nset -e\nmake; make install\nEOF\n"},
          {"<<- form with flags",
           "FROM debian\nRUN --network=none <<-EOT\n\tmake\n\tmake install\nEOT\n",
           {{2, 20}},
           "FROM debian\nRUN --network=none <<-EOT\nset -e\n\tmake\n\tmake install\nEOT\n"},
          {"a shebang without -e gets no fix",
           "FROM debian\nRUN <<EOF\n#!/bin/bash\nmake\nmake install\nEOF\n",
           {{2, 5}},
           "FROM debian\nRUN <<EOF\n#!/bin/bash\nmake\nmake install\nEOF\n"},
          {"ONBUILD RUN",
           "FROM debian\nONBUILD RUN <<EOF\nmake\nmake install\nEOF\n",
           {{2, 13}},
           "FROM debian\nONBUILD RUN <<EOF\nset -e\nmake\nmake install\nEOF\n"},
          {"set -e", "FROM debian\nRUN <<EOF\nset -e\nmake\nmake install\nEOF\n", {}},
          {"set -eux", "FROM debian\nRUN <<EOF\nset -eux\nmake\nmake install\nEOF\n", {}},
          {"set -o errexit", "FROM debian\nRUN <<EOF\nset -o errexit\nmake\nmake install\nEOF\n", {}},
          {"shebang with -e", "FROM debian\nRUN <<EOF\n#!/bin/sh -e\nmake\nmake install\nEOF\n", {}},
          {"SHELL with -e",
           "FROM debian\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN <<EOF\nmake\nmake install\nEOF\n",
           {}},
          {"one command", "FROM debian\nRUN <<EOF\napt-get update\nEOF\n", {}},
          {"all chained with &&", "FROM debian\nRUN <<EOF\nmake &&\n  make install\nEOF\n", {}},
          {"a heredoc fed to a program", "FROM debian\nRUN python3 <<EOF\nimport os\nprint(1)\nEOF\n", {}},
          {"a python shebang", "FROM python:3.12\nRUN <<EOF\n#!/usr/bin/env python3\nimport os\nprint(1)\nEOF\n", {}},
      });
}
