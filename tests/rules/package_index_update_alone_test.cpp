#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP030 package-index-update-alone: cases", "[rules][BP030]") {
  check_rule_cases(
      "BP030",
      {
          {"apk update alone", "FROM alpine\nRUN apk update\nRUN apk add curl\n", {{2, 9}}},
          {"dnf makecache alone", "FROM fedora:40\nRUN dnf makecache\n", {{2, 9}}},
          {"zypper refresh with an unrelated command", "FROM opensuse/leap\nRUN zypper ref && echo ok\n", {{2, 12}}},
          {"install before the update does not count", "FROM alpine\nRUN apk add curl && apk update\n", {{2, 25}}},
          {"ONBUILD RUN", "FROM alpine\nONBUILD RUN apk update\n", {{2, 17}}},
          {"update and install", "FROM alpine\nRUN apk update && apk add curl\n", {}},
          {"update and upgrade", "FROM alpine\nRUN apk update && apk upgrade\n", {}},
          {"global --update flag is an option", "FROM alpine\nRUN apk --update add curl\n", {}},
          {"a script may install", "FROM alpine\nRUN apk update && ./install.sh\n", {}},
          {"apt-get has its own rule", "FROM debian\nRUN apt-get update\n", {}},
          {"an install by another ecosystem does not count",
           "FROM alpine\nRUN apk update && pip install x==1\n",
           {{2, 9}}},
      });
}
