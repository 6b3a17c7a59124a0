#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC011 package-signature-check-disabled: reported cases", "[rules][SEC011]") {
  check_rule_cases(
      "SEC011",
      {
          {"dnf --nogpgcheck", "FROM fedora:40\nRUN dnf install -y --nogpgcheck x\n", {{2, 20}}},
          {"yum --nogpgcheck before the subcommand", "FROM centos:7\nRUN yum --nogpgcheck -y install x\n", {{2, 9}}},
          {"--setopt=gpgcheck=0", "FROM fedora:40\nRUN dnf --setopt=gpgcheck=0 install -y x\n", {{2, 9}}},
          {"repository-scoped setopt",
           "FROM fedora:40\nRUN dnf --setopt=myrepo.gpgcheck=false install -y x\n",
           {{2, 9}}},
          {"apk --allow-untrusted", "FROM alpine\nRUN apk add --no-cache --allow-untrusted /tmp/x.apk\n", {{2, 24}}},
          {"apt-get --allow-unauthenticated",
           "FROM debian\nRUN apt-get install -y --allow-unauthenticated x\n",
           {{2, 24}}},
          {"apt-get --force-yes", "FROM debian\nRUN apt-get install --force-yes x\n", {{2, 21}}},
          {"apt update --allow-insecure-repositories",
           "FROM debian\nRUN apt update --allow-insecure-repositories\n",
           {{2, 16}}},
          {"apt -o AllowInsecureRepositories",
           "FROM debian\nRUN apt-get -o Acquire::AllowInsecureRepositories=true update\n",
           {{2, 16}}},
          {"zypper", "FROM opensuse/leap\nRUN zypper --no-gpg-checks -n in x\n", {{2, 12}}},
          {"rpm --nosignature", "FROM fedora:40\nRUN rpm -i --nosignature /tmp/x.rpm\n", {{2, 12}}},
          {"ONBUILD RUN", "FROM alpine\nONBUILD RUN apk add --allow-untrusted x.apk\n", {{2, 21}}},
      });
}

TEST_CASE("SEC011 package-signature-check-disabled: silent cases", "[rules][SEC011]") {
  check_rule_cases("SEC011", {
                                 {"signed install", "FROM fedora:40\nRUN dnf install -y x && dnf clean all\n", {}},
                                 {"gpgcheck on", "FROM fedora:40\nRUN dnf --setopt=gpgcheck=1 install -y x\n", {}},
                                 {"the option on another program", "FROM debian\nRUN echo --nogpgcheck\n", {}},
                                 {"AllowInsecureRepositories false",
                                  "FROM debian\nRUN apt-get -o Acquire::AllowInsecureRepositories=false update\n",
                                  {}},
                             });
}
