#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SIZE012 yarn-cache-not-cleaned: cases", "[rules][SIZE012]") {
  check_rule_cases(
      "SIZE012",
      {
          {"yarn install",
           "FROM node:20\nRUN yarn install --frozen-lockfile\n",
           {{2, 10}},
           "FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n"},
          {"yarn add",
           "FROM node:20\nRUN yarn add left-pad@1.3.0\n",
           {{2, 10}},
           "FROM node:20\nRUN yarn add left-pad@1.3.0 && yarn cache clean\n"},
          {"ONBUILD RUN", "FROM node:20\nONBUILD RUN yarn\n", {}},
          {"rm of the directory yarn names", "FROM node:20\nRUN yarn install && rm -rf \"$(yarn cache dir)\"\n", {}},
          {"yarn cache clean", "FROM node:20\nRUN yarn install && yarn cache clean\n", {}},
          {"npm cache clean does not clean yarn's",
           "FROM node:20\nRUN yarn install && npm cache clean --force\n",
           {{2, 10}},
           "FROM node:20\nRUN yarn install && npm cache clean --force && yarn cache clean\n"},
          {"cache mount",
           "FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n",
           {}},
          {"build stage whose output is copied",
           "FROM node:20 AS build\nRUN yarn install && yarn build\nFROM nginx\nCOPY --from=build "
           "/app/dist /usr/share/nginx/html\n",
           {}},
      });
}
