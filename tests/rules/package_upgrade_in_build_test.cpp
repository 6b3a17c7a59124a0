#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP031 package-upgrade-in-build: cases", "[rules][BP031]") {
  check_rule_cases(
      "BP031", {
                   {"apt-get upgrade", "FROM debian\nRUN apt-get update && apt-get upgrade -y\n", {{2, 31}}},
                   {"apt-get dist-upgrade", "FROM debian\nRUN apt-get -y dist-upgrade\n", {{2, 16}}},
                   {"apk upgrade", "FROM alpine\nRUN apk upgrade --no-cache\n", {{2, 9}}},
                   {"yum update", "FROM centos:7\nRUN yum -y update && yum clean all\n", {{2, 12}}},
                   {"dnf upgrade", "FROM fedora:40\nRUN dnf upgrade -y\n", {{2, 9}}},
                   {"zypper patch", "FROM opensuse/leap\nRUN zypper -n patch\n", {{2, 15}}},
                   {"ONBUILD RUN", "FROM alpine\nONBUILD RUN apk upgrade\n", {{2, 17}}},
                   {"a named package is a targeted upgrade", "FROM fedora:40\nRUN dnf update -y openssl\n", {}},
                   {"apk upgrade of one package", "FROM alpine\nRUN apk upgrade --no-cache openssl\n", {}},
                   {"zypper dist-upgrade has its own rule", "FROM opensuse/leap\nRUN zypper -n dup\n", {}},
                   {"install is not an upgrade", "FROM debian\nRUN apt-get install -y --only-upgrade openssl\n", {}},
               });
}
