#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR004 undefined-variable", "[rules][COR004]") {
  check_rule_cases(
      "COR004",
      {
          {"typo in a stage on an external base", "FROM alpine:3.19\nARG APP_DIR=/srv\nWORKDIR $APP_DRI\n", {{3, 9}}},
          {"FROM uses an ARG declared later", "FROM alpine:${TAG}\nARG TAG=3.19\n", {{1, 13}}},
          {"global ARG not redeclared in a scratch stage",
           "ARG VERSION=1\nFROM scratch\nCOPY app-${VERSION} /app\n",
           {{3, 10}}},
          {"ENV does not see itself", "FROM scratch\nENV A=1 B=$A\n", {{2, 11}}},
          {"declared forms",
           "ARG BASE=alpine:3.19\nFROM ${BASE} AS base\nARG BASE\nARG DIR=/app\nENV HOME_DIR=$DIR\n"
           "WORKDIR ${HOME_DIR}\nCOPY --chown=${UID:-1000} . $DIR\nUSER ${TARGETARCH}\n",
           {}},
          {"inherited from a parent stage", "FROM scratch AS a\nENV X=1\nFROM a\nWORKDIR /$X\n", {}},
          {"unknown names on an external base are left alone", "FROM node:20\nWORKDIR $NODE_PATH\n", {}},
          {"PATH has a default", "FROM scratch\nENV PATH=\"$PATH:/\"\n", {}},
          {"RUN is expanded by the shell, not Docker", "FROM scratch\nRUN echo $UNDEFINED\n", {}},
          {"escaped dollar", "FROM scratch\nLABEL price=\\$5\n", {}},
      });
}
