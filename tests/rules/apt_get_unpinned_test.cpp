#include <catch2/catch.hpp>

#include "engine/rule.hpp"
#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

TEST_CASE("BP013 apt-get-unpinned: reported cases", "[rules][BP013]") {
  check_rule_cases(
      "BP013",
      {
          {"each unpinned package", "FROM debian:12\nRUN apt-get install -y curl git\n", {{2, 24}, {2, 29}}},
          {"pinned and unpinned mixed", "FROM debian:12\nRUN apt-get install -y curl=7.88.1-10 git\n", {{2, 39}}},
          {"an option value is not a package",
           "FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl\n",
           {{2, 46}}},
          {"an architecture qualifier is not a version",
           "FROM debian:12\nRUN apt-get install -y libc6:i386\n",
           {{2, 24}}},
          {"one package per continuation line",
           "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n      curl \\\n      git=1:2.39.2-1.1\n",
           {{4, 7}}},
          {"heredoc RUN", "FROM debian:12\nRUN <<EOF\napt-get install -y \\\n  curl\nEOF\n", {{4, 3}}},
          {"ONBUILD RUN", "FROM debian:12\nONBUILD RUN apt-get install -y curl\n", {{2, 32}}},
          {"apt install", "FROM debian:12\nRUN apt install -y curl\n", {{2, 20}}},
          {"quoted package names", "FROM debian:12\nRUN apt-get install -y 'curl'\n", {{2, 24}}},
          {"package list in an ARG, each unpinned name at the variable",
           "FROM debian:12\nARG PKGS=\"curl git=1:2.39.2-1.1 make\"\nRUN apt-get install -y $PKGS\n",
           {{3, 24}, {3, 24}}},
      });
}

TEST_CASE("BP013 apt-get-unpinned: silent cases", "[rules][BP013]") {
  check_rule_cases(
      "BP013",
      {
          {"all pinned", "FROM debian:12\nRUN apt-get install -y curl=7.88.1-10 git=1:2.39.2-1.1\n", {}},
          {"package list in a variable the Dockerfile does not set",
           "FROM debian:12\nRUN apt-get install -y $PKGS ${MORE}\n",
           {}},
          {"package list in a variable, all pinned",
           "FROM debian:12\nARG PKGS=\"curl=7.88.1-10 git=1:2.39.2-1.1\"\nRUN apt-get install -y $PKGS\n",
           {}},
          {"package list from a substitution", "FROM debian:12\nRUN apt-get install -y $(cat /tmp/pkgs)\n", {}},
          {"local .deb files and paths",
           "FROM debian:12\nRUN apt-get install -y ./tool.deb /tmp/other.deb tool.deb\n",
           {}},
          {"release selection", "FROM debian:12\nRUN apt-get install -y curl/bookworm-backports\n", {}},
          {"globs", "FROM debian:12\nRUN apt-get install -y 'libfoo*'\n", {}},
          {"not an install", "FROM debian:12\nRUN apt-get update && apt-get remove -y curl\n", {}},
          {"apk has its own rule", "FROM alpine:3.20\nRUN apk add --no-cache curl\n", {}},
      });
}

TEST_CASE("BP013 apt-get-unpinned: metadata", "[rules][BP013]") {
  const dlint::Rule* rule = dlint::RuleRegistry::instance().find("DL3008");
  REQUIRE(rule != nullptr);
  CHECK(rule->meta().id == "BP013");
  CHECK(rule->meta().severity == dlint::Severity::Info);
  auto findings = run_rule("apt-get-unpinned", "FROM debian:12\nRUN apt-get install -y curl\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("curl=<version>") != std::string::npos);
}
