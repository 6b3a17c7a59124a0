#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR008 relative-workdir: reported cases", "[rules][COR008]") {
  check_rule_cases("COR008",
                   {
                       {"relative path", "FROM node:20-alpine\nWORKDIR app\n", {{2, 9}}},
                       {"dot-relative path", "FROM node:20-alpine\nWORKDIR ./app\n", {{2, 9}}},
                       {"lower-case keyword", "from node:20-alpine\nworkdir app\n", {{2, 9}}},
                       {"indented with a continuation", "FROM node:20-alpine\n  WORKDIR \\\n    app\n", {{3, 5}}},
                       {"variable later in the path", "FROM node:20-alpine\nWORKDIR app/${NAME}\n", {{2, 9}}},
                       {"each stage on its own",
                        "FROM node:20 AS build\nWORKDIR /src\nFROM node:20-alpine\nWORKDIR app\n",
                        {{4, 9}}},
                       {"only the first relative one", "FROM node:20-alpine\nWORKDIR app\nWORKDIR src\n", {{2, 9}}},
                   });
}

TEST_CASE("COR008 relative-workdir: silent cases", "[rules][COR008]") {
  check_rule_cases(
      "COR008", {
                    {"absolute", "FROM node:20-alpine\nWORKDIR /app\n", {}},
                    {"relative after absolute", "FROM node:20-alpine\nWORKDIR /app\nWORKDIR src\n", {}},
                    {"relative after absolute in the parent stage",
                     "FROM node:20 AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n",
                     {}},
                    {"variable", "FROM node:20-alpine\nWORKDIR $HOME/app\n", {}},
                    {"braced variable", "FROM node:20-alpine\nARG DIR=/app\nWORKDIR ${DIR}\n", {}},
                    {"Windows backslash", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n", {}},
                    {"Windows slash", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR c:/app\n", {}},
                    {"ONBUILD", "FROM node:20-alpine\nONBUILD WORKDIR app\n", {}},
                    {"lower-case absolute", "from node:20-alpine\nworkdir /usr/src/app\n", {}},
                });
}
