#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP027 rpm-missing-yes: reported cases", "[rules][BP027]") {
  check_rule_cases("BP027", {
                                {"yum install",
                                 "FROM centos:7\nRUN yum install httpd\n",
                                 {{2, 9}},
                                 "FROM centos:7\nRUN yum install -y httpd\n"},
                                {"dnf upgrade after makecache",
                                 "FROM fedora:40\nRUN dnf makecache && dnf upgrade\n",
                                 {{2, 26}},
                                 "FROM fedora:40\nRUN dnf makecache && dnf upgrade -y\n"},
                                {"global option before the subcommand",
                                 "FROM fedora:40\nRUN dnf --setopt=tsflags=nodocs install vim\n",
                                 {{2, 33}},
                                 "FROM fedora:40\nRUN dnf --setopt=tsflags=nodocs install -y vim\n"},
                                {"continuation",
                                 "FROM centos:7\nRUN yum \\\n    remove \\\n    vim\n",
                                 {{3, 5}},
                                 "FROM centos:7\nRUN yum \\\n    remove -y \\\n    vim\n"},
                                {"heredoc",
                                 "FROM centos:7\nRUN <<EOF\nyum install vim\nEOF\n",
                                 {{3, 5}},
                                 "FROM centos:7\nRUN <<EOF\nyum install -y vim\nEOF\n"},
                                {"ONBUILD RUN",
                                 "FROM centos:7\nONBUILD RUN yum install vim\n",
                                 {{2, 17}},
                                 "FROM centos:7\nONBUILD RUN yum install -y vim\n"},
                                {"exec form gets no fix",
                                 "FROM centos:7\nRUN [\"yum\", \"install\", \"vim\"]\n",
                                 {{2, 13}},
                                 "FROM centos:7\nRUN [\"yum\", \"install\", \"vim\"]\n"},
                            });
}

TEST_CASE("BP027 rpm-missing-yes: silent cases", "[rules][BP027]") {
  check_rule_cases("BP027", {
                                {"-y", "FROM centos:7\nRUN yum install -y httpd\n", {}},
                                {"-y before the subcommand", "FROM centos:7\nRUN yum -y install httpd\n", {}},
                                {"--assumeyes", "FROM fedora:40\nRUN dnf --assumeyes install vim\n", {}},
                                {"bundled", "FROM fedora:40\nRUN dnf install -qy vim\n", {}},
                                {"fed by yes", "FROM fedora:40\nRUN yes | dnf install vim\n", {}},
                                {"microdnf does not prompt", "FROM ubi9-minimal\nRUN microdnf install tar\n", {}},
                                {"no prompt", "FROM fedora:40\nRUN dnf makecache && dnf clean all\n", {}},
                            });
}
