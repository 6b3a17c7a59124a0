#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP025 rpm-package-unpinned: reported cases", "[rules][BP025]") {
  check_rule_cases(
      "BP025", {
                   {"yum", "FROM centos:7\nRUN yum install -y httpd\n", {{2, 20}}},
                   {"dnf with a dash in the name",
                    "FROM fedora:40\nRUN dnf install -y python3-devel gcc-c++\n",
                    {{2, 20}, {2, 34}}},
                   {"microdnf", "FROM ubi9-minimal\nRUN microdnf install -y tar\n", {{2, 25}}},
                   {"option values are not packages",
                    "FROM fedora:40\nRUN dnf --enablerepo updates-testing install -y vim\n",
                    {{2, 49}}},
                   {"ENV list", "FROM fedora:40\nENV DEPS=\"make gcc-13.2.1\"\nRUN dnf install -y $DEPS\n", {{3, 20}}},
               });
}

TEST_CASE("BP025 rpm-package-unpinned: silent cases", "[rules][BP025]") {
  check_rule_cases("BP025",
                   {
                       {"name-version", "FROM fedora:40\nRUN dnf install -y httpd-2.4.57 python3-3.12.3-1.fc40\n", {}},
                       {"groups, files, URLs",
                        "FROM fedora:40\nRUN dnf install -y @development-tools /tmp/x.rpm https://example.com/y.rpm\n",
                        {}},
                       {"localinstall", "FROM centos:7\nRUN yum localinstall -y tool\n", {}},
                       {"not an install", "FROM fedora:40\nRUN dnf remove -y vim\n", {}},
                   });
}
