#include <catch2/catch.hpp>

#include "engine/rule.hpp"
#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("CACHE010 package-cache-mount-advice: cases", "[rules][CACHE010]") {
  check_rule_cases(
      "CACHE010",
      {
          {"pip", "FROM python:3.12\nRUN pip install -r requirements.txt\n", {{2, 9}}},
          {"npm ci", "FROM node:20\nRUN npm ci\n", {{2, 9}}},
          {"go install", "FROM golang:1.22\nRUN go install ./...\n", {{2, 8}}},
          {"ONBUILD RUN", "FROM node:20\nONBUILD RUN yarn install\n", {{2, 18}}},
          {"a cache mount",
           "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r r.txt\n",
           {}},
          {"a cache mount on a parent directory", "FROM node:20\nRUN --mount=type=cache,target=/root npm ci\n", {}},
          {"the cache is turned off", "FROM python:3.12\nRUN pip install --no-cache-dir -r r.txt\n", {}},
          {"apk --no-cache", "FROM alpine\nRUN apk add --no-cache curl\n", {}},
          {"apt is not advised", "FROM debian\nRUN apt-get install -y curl\n", {}},
      });
  const dlint::Rule* rule = dlint::RuleRegistry::instance().find("CACHE010");
  REQUIRE(rule != nullptr);
  CHECK_FALSE(rule->meta().enabled_by_default);
}
