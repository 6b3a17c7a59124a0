#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SIZE010 rpm-cache-not-cleaned: reported cases", "[rules][SIZE010]") {
  check_rule_cases("SIZE010", {
                                  {"yum install",
                                   "FROM centos:7\nRUN yum install -y httpd\n",
                                   {{2, 9}},
                                   "FROM centos:7\nRUN yum install -y httpd && yum clean all\n"},
                                  {"dnf, after the install in a chain",
                                   "FROM fedora:40\nRUN dnf -y upgrade && dnf install -y vim | cat\n",
                                   {{2, 12}},
                                   "FROM fedora:40\nRUN dnf -y upgrade && dnf install -y vim | cat && dnf clean all\n"},
                                  {"microdnf",
                                   "FROM ubi9-minimal\nRUN microdnf install -y tar\n",
                                   {{2, 14}},
                                   "FROM ubi9-minimal\nRUN microdnf install -y tar && microdnf clean all\n"},
                                  {"clean packages alone keeps the metadata",
                                   "FROM fedora:40\nRUN dnf install -y vim && dnf clean packages\n",
                                   {{2, 9}},
                                   "FROM fedora:40\nRUN dnf install -y vim && dnf clean packages && dnf clean all\n"},
                                  {"cleaning before the install does not count",
                                   "FROM fedora:40\nRUN dnf clean all && dnf install -y vim\n",
                                   {{2, 26}},
                                   "FROM fedora:40\nRUN dnf clean all && dnf install -y vim && dnf clean all\n"},
                                  {"a ;-list gets no fix",
                                   "FROM fedora:40\nRUN dnf install -y vim; echo done\n",
                                   {{2, 9}},
                                   "FROM fedora:40\nRUN dnf install -y vim; echo done\n"},
                                  {"heredoc gets no fix",
                                   "FROM fedora:40\nRUN <<EOF\ndnf install -y vim\nEOF\n",
                                   {{3, 5}},
                                   "FROM fedora:40\nRUN <<EOF\ndnf install -y vim\nEOF\n"},
                                  {"one finding per RUN",
                                   "FROM fedora:40\nRUN dnf install -y vim && dnf install -y git\n",
                                   {{2, 9}},
                                   "FROM fedora:40\nRUN dnf install -y vim && dnf install -y git && dnf clean all\n"},
                                  {"ONBUILD RUN",
                                   "FROM fedora:40\nONBUILD RUN dnf install -y vim\n",
                                   {{2, 17}},
                                   "FROM fedora:40\nONBUILD RUN dnf install -y vim && dnf clean all\n"},
                              });
}

TEST_CASE("SIZE010 rpm-cache-not-cleaned: silent cases", "[rules][SIZE010]") {
  check_rule_cases(
      "SIZE010",
      {
          {"clean all", "FROM centos:7\nRUN yum install -y httpd && yum clean all\n", {}},
          {"dnf clean all after yum", "FROM rockylinux:9\nRUN yum install -y httpd && dnf clean all\n", {}},
          {"rm -rf the cache", "FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum/*\n", {}},
          {"rm -rf /var/cache", "FROM fedora:40\nRUN dnf install -y vim && rm -rf /var/cache\n", {}},
          {"cache mount", "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y vim\n", {}},
          {"a build stage used only through COPY --from",
           "FROM fedora:40 AS build\nRUN dnf install -y gcc\nFROM scratch\nCOPY --from=build /out /out\n",
           {}},
          {"no install", "FROM fedora:40\nRUN dnf remove -y vim\n", {}},
      });
}
