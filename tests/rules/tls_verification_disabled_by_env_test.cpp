#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC012 tls-verification-disabled-by-env: reported cases", "[rules][SEC012]") {
  check_rule_cases(
      "SEC012", {
                    {"ENV", "FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n", {{2, 5}}},
                    {"quoted ENV value", "FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=\"0\"\n", {{2, 5}}},
                    {"ENV, legacy form", "FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED 0\n", {{2, 5}}},
                    {"several pairs", "FROM python:3.12\nENV A=1 PYTHONHTTPSVERIFY=0\n", {{2, 9}}},
                    {"GIT_SSL_NO_VERIFY with any value", "FROM debian\nENV GIT_SSL_NO_VERIFY=true\n", {{2, 5}}},
                    {"ARG default", "FROM node:20\nARG NPM_CONFIG_STRICT_SSL=false\n", {{2, 5}}},
                    {"global ARG", "ARG PIP_TRUSTED_HOST=pypi.org\nFROM python:3.12\n", {{1, 5}}},
                    {"inline assignment", "FROM node:20\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci\n", {{2, 5}}},
                    {"export", "FROM node:20\nRUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci\n", {{2, 12}}},
                    {"env wrapper", "FROM debian\nRUN env GIT_SSL_NO_VERIFY=1 git clone https://x/r.git\n", {{2, 9}}},
                    {"ONBUILD ENV", "FROM node:20\nONBUILD ENV NODE_TLS_REJECT_UNAUTHORIZED=0\n", {{2, 13}}},
                });
}

TEST_CASE("SEC012 tls-verification-disabled-by-env: silent cases", "[rules][SEC012]") {
  check_rule_cases(
      "SEC012",
      {
          {"verification on", "FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n", {}},
          {"PYTHONHTTPSVERIFY=1", "FROM python:3.12\nENV PYTHONHTTPSVERIFY=1\n", {}},
          {"ARG without a default", "FROM node:20\nARG NODE_TLS_REJECT_UNAUTHORIZED\n", {}},
          {"empty GIT_SSL_NO_VERIFY", "FROM debian\nENV GIT_SSL_NO_VERIFY=\"\"\n", {}},
          {"quoted value that is not 0", "FROM node:20\nRUN NODE_TLS_REJECT_UNAUTHORIZED=\"0\\\"\" node x.js\n", {}},
          {"quoted ENV value", "FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=\"1\"\n", {}},
          {"the name in a program's arguments", "FROM debian\nRUN echo GIT_SSL_NO_VERIFY=1\n", {}},
      });
}
