#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SIZE014 build-tools-in-final-image: reported cases", "[rules][SIZE014]") {
  check_rule_cases(
      "SIZE014",
      {
          {"build-essential", "FROM debian\nRUN apt-get install -y build-essential curl\n", {{2, 24}}},
          {"one finding per install, at the first tool",
           "FROM debian\nRUN apt-get install -y curl gcc-12 make\n",
           {{2, 29}}},
          {"apk build-base", "FROM alpine\nRUN apk add --no-cache build-base\n", {{2, 24}}},
          {"dnf gcc-c++", "FROM fedora:40\nRUN dnf install -y gcc-c++ && dnf clean all\n", {{2, 20}}},
          {"from an ARG list", "FROM debian\nARG DEPS=\"gcc libc6-dev\"\nRUN apt-get install -y $DEPS\n", {{3, 24}}},
          {"removing some but not all",
           "FROM debian\nRUN apt-get install -y gcc make && apt-get purge -y gcc\n",
           {{2, 24}}},
          {"a later stage built FROM this one",
           "FROM debian AS base\nRUN apt-get install -y make\nFROM base\nCMD [\"x\"]\n",
           {{2, 24}}},
          {"continuation", "FROM debian\nRUN apt-get install -y \\\n      cmake \\\n      curl\n", {{3, 7}}},
      });
}

TEST_CASE("SIZE014 build-tools-in-final-image: silent cases", "[rules][SIZE014]") {
  check_rule_cases(
      "SIZE014",
      {
          {"removed in the same RUN",
           "FROM debian\nRUN apt-get install -y gcc make && make && apt-get purge -y --auto-remove gcc make\n",
           {}},
          {"apk virtual group deleted",
           "FROM alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install x==1 && apk del "
           ".build-deps\n",
           {}},
          {"removed with a variable list",
           "FROM debian\nENV BUILD=\"gcc make\"\nRUN apt-get install -y $BUILD && apt-get purge -y $BUILD\n",
           {}},
          {"removed with a list dlint cannot read",
           "FROM debian\nRUN apt-get install -y gcc && apt-get purge -y $(cat /tmp/deps)\n",
           {}},
          {"a build stage used only through COPY --from",
           "FROM debian AS build\nRUN apt-get install -y build-essential\nFROM debian\nCOPY --from=build /out /out\n",
           {}},
          {"libraries and headers", "FROM debian\nRUN apt-get install -y libssl-dev libc6-dev pkg-config\n", {}},
          {"a script may clean up", "FROM debian\nRUN apt-get install -y gcc && ./build.sh\n", {}},
          {"language packages", "FROM python:3.12\nRUN pip install make==0.1\n", {}},
      });
}
