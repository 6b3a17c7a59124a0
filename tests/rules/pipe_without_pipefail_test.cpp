#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

namespace {
const std::string kPipe = "RUN curl -fsSL https://example.com/t.tgz | tar -xz -C /opt\n";  // tar at column 44
const std::string kBashPipefail = "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n";
}  // namespace

TEST_CASE("BP014 pipe-without-pipefail: reported cases", "[rules][BP014]") {
  check_rule_cases(
      "BP014",
      {
          {"default shell", "FROM debian:12\n" + kPipe, {{2, 44}}, "FROM debian:12\n" + kBashPipefail + kPipe},
          {"alpine base gets ash",
           "FROM alpine:3.20\n" + kPipe,
           {{2, 44}},
           "FROM alpine:3.20\nSHELL [\"/bin/ash\", \"-o\", \"pipefail\", \"-c\"]\n" + kPipe},
          {"an alpine tag gets ash",
           "FROM golang:1.22-alpine\n" + kPipe,
           {{2, 44}},
           "FROM golang:1.22-alpine\nSHELL [\"/bin/ash\", \"-o\", \"pipefail\", \"-c\"]\n" + kPipe},
          {"bash SHELL without pipefail gets the option",
           "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\n" + kPipe,
           {{3, 44}},
           "FROM debian:12\n" + kBashPipefail + kPipe},
          {"SHELL through env",
           "FROM debian:12\nSHELL [\"/usr/bin/env\", \"bash\", \"-c\"]\n" + kPipe,
           {{3, 44}},
           "FROM debian:12\nSHELL [\"/usr/bin/env\", \"bash\", \"-o\", \"pipefail\", \"-c\"]\n" + kPipe},
          {"explicit /bin/sh gets no fix",
           "FROM debian:12\nSHELL [\"/bin/sh\", \"-c\"]\n" + kPipe,
           {{3, 44}},
           "FROM debian:12\nSHELL [\"/bin/sh\", \"-c\"]\n" + kPipe},
          {"one SHELL line for two RUNs of a stage",
           "FROM debian:12\nRUN ls /x | tee /tmp/x\n" + kPipe,
           {{2, 13}, {3, 44}},
           "FROM debian:12\n" + kBashPipefail + "RUN ls /x | tee /tmp/x\n" + kPipe},
          {"a stage built FROM a fixed one needs no second SHELL",
           "FROM debian:12 AS base\nRUN ls /x | tee /tmp/x\nFROM base\n" + kPipe,
           {{2, 13}, {4, 44}},
           "FROM debian:12 AS base\n" + kBashPipefail + "RUN ls /x | tee /tmp/x\nFROM base\n" + kPipe},
          {"unrelated stages each get one",
           "FROM debian:12 AS a\n" + kPipe + "FROM debian:12\n" + kPipe,
           {{2, 44}, {4, 44}},
           "FROM debian:12 AS a\n" + kBashPipefail + kPipe + "FROM debian:12\n" + kBashPipefail + kPipe},
          {"SHELL of an unrelated stage does not carry over",
           "FROM debian:12 AS a\n" + kBashPipefail + "FROM debian:12\n" + kPipe,
           {{4, 44}},
           "FROM debian:12 AS a\n" + kBashPipefail + "FROM debian:12\n" + kBashPipefail + kPipe},
          {"set -o pipefail after the pipe is too late",
           "FROM debian:12\nRUN ls | sort && set -o pipefail\n",
           {{2, 10}},
           "FROM debian:12\n" + kBashPipefail + "RUN ls | sort && set -o pipefail\n"},
          {"a pipe inside $(...)",
           "FROM debian:12\nRUN V=$(curl -fsSL https://example.com/v | jq -r .tag) && echo $V\n",
           {{2, 44}},
           "FROM debian:12\n" + kBashPipefail + "RUN V=$(curl -fsSL https://example.com/v | jq -r .tag) && echo $V\n"},
          {"mount flags and an indented RUN",
           "FROM debian:12\n  RUN --mount=type=secret,id=npmrc cat /run/secrets/npmrc | wc -l\n",
           {{2, 61}},
           "FROM debian:12\n  " + kBashPipefail +
               "  RUN --mount=type=secret,id=npmrc cat /run/secrets/npmrc | wc -l\n"},
          {"line continuation",
           "FROM debian:12\nRUN curl -fsSL https://example.com/t.tgz \\\n  | tar -xz -C /opt\n",
           {{3, 5}},
           "FROM debian:12\n" + kBashPipefail + "RUN curl -fsSL https://example.com/t.tgz \\\n  | tar -xz -C /opt\n"},
          {"heredoc RUN",
           "FROM debian:12\nRUN <<EOF\nls /opt | sort\nEOF\n",
           {{3, 11}},
           "FROM debian:12\n" + kBashPipefail + "RUN <<EOF\nls /opt | sort\nEOF\n"},
      });
}

TEST_CASE("BP014 pipe-without-pipefail: silent cases", "[rules][BP014]") {
  check_rule_cases(
      "BP014",
      {
          {"SHELL with pipefail", "FROM debian:12\n" + kBashPipefail + kPipe, {}},
          {"bundled -euo pipefail",
           "FROM debian:12\nSHELL [\"/bin/bash\", \"-euo\", \"pipefail\", \"-c\"]\n" + kPipe,
           {}},
          {"inherited through FROM <stage>", "FROM debian:12 AS base\n" + kBashPipefail + "FROM base\n" + kPipe, {}},
          {"set -o pipefail first", "FROM debian:12\nRUN set -o pipefail && ls | sort\n", {}},
          {"set -euxo pipefail first", "FROM alpine:3.20\nRUN set -euxo pipefail; ls | sort\n", {}},
          {"set -o pipefail in a heredoc", "FROM debian:12\nRUN <<EOF\nset -eo pipefail\nls | sort\nEOF\n", {}},
          {"PowerShell",
           "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"pwsh\", \"-Command\"]\n"
           "RUN Get-ChildItem | Sort-Object\n",
           {}},
          {"cmd",
           "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"cmd\", \"/S\", \"/C\"]\n"
           "RUN dir | sort\n",
           {}},
          {"no pipe", "FROM debian:12\nRUN a && b || c; d\n", {}},
          {"ONBUILD runs under the child's shell", "FROM debian:12\nONBUILD RUN ls | sort\n", {}},
          {"a pipe character in quotes", "FROM debian:12\nRUN echo 'a | b'\n", {}},
          {"echo and printf cannot fail on the left",
           "FROM debian:12\nRUN echo \"$SUM  f.tgz\" | sha256sum -c - && printf 'a\\n' | tee -a /etc/x\n",
           {}},
          {"echo of a command substitution", "FROM debian:12\nRUN echo \"$(cat /x)\" | tee /y\n", {}},
          {"a failing command further left", "FROM debian:12\nRUN echo a | ls /x | sort\n", {{2, 14}}},
      });
}

TEST_CASE("BP014 pipe-without-pipefail: fixes are unsafe", "[rules][BP014]") {
  auto findings = run_rule("BP014", "FROM debian:12\n" + kPipe);
  REQUIRE(findings.size() == 1);
  REQUIRE(findings[0].fix);
  CHECK_FALSE(findings[0].fix->safe);
}
