#include <catch2/catch.hpp>

#include "knowledge/dependency_installs.hpp"
#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("looks_like_source_code", "[knowledge][cache]") {
  using dlint::knowledge::looks_like_source_code;
  CHECK(looks_like_source_code("src/"));
  CHECK(looks_like_source_code("./app"));
  CHECK(looks_like_source_code("main.go"));
  CHECK(looks_like_source_code("*.py"));
  CHECK_FALSE(looks_like_source_code(".npmrc"));
  CHECK_FALSE(looks_like_source_code("README.md"));
  CHECK_FALSE(looks_like_source_code("requirements.txt"));
  CHECK_FALSE(looks_like_source_code(".yarn/"));
  CHECK_FALSE(looks_like_source_code("Makefile"));
  CHECK_FALSE(looks_like_source_code("$SRC"));
  CHECK_FALSE(looks_like_source_code("vite.config.js"));
  CHECK_FALSE(looks_like_source_code(".eslintrc.js"));
}

TEST_CASE("CACHE021 sources-copied-with-manifests", "[rules][CACHE021]") {
  check_rule_cases(
      "CACHE021",
      {
          {"src dir with package.json",
           "FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json src/ ./\nRUN npm ci\n",
           {{3, 37}}},
          {"go sources with go.mod, later stage",
           "FROM alpine:3.20 AS a\nFROM golang:1.22\nWORKDIR /s\nCOPY go.mod go.sum main.go ./\nRUN go mod download\n",
           {{4, 20}}},
          {"requirements with a module",
           "FROM python:3.12\nWORKDIR /a\nCOPY requirements.txt app.py ./\nRUN pip install -r requirements.txt\n",
           {{3, 23}}},
          {"wildcard manifest", "FROM node:20\nWORKDIR /app\nCOPY package*.json index.js ./\nRUN npm ci\n", {{3, 20}}},
          {"manifests alone",
           "FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json .npmrc ./\nRUN npm ci\nCOPY src/ ./src/\n",
           {}},
          {"sources after the install",
           "FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nCOPY src/ main.js ./\n",
           {}},
          {"a build step may see sources",
           "FROM golang:1.22\nWORKDIR /s\nCOPY go.mod main.go ./\nRUN go build -o /app .\n",
           {}},
          {"copy from another stage",
           "FROM node:20 AS a\nFROM node:20\nCOPY --from=a package.json src/ ./\nRUN npm ci\n",
           {}},
          {"setup.py is the manifest of pip install .",
           "FROM python:3.12\nWORKDIR /a\nCOPY setup.py .\nRUN pip install .\n",
           {}},
          {"a source glob is not a manifest",
           "FROM python:3.12\nWORKDIR /a\nCOPY *.py ./\nRUN pip install -r requirements.txt\n",
           {}},
          {"a glob matching the manifest, with sources",
           "FROM python:3.12\nWORKDIR /a\nCOPY *.py *.txt ./\nRUN pip install -r requirements.txt\n",
           {{3, 6}}},
          {"tool configuration files",
           "FROM node:20\nWORKDIR /a\nCOPY package.json vite.config.js ./\nRUN npm ci\n",
           {}},
          {"unrelated copy", "FROM node:20\nWORKDIR /app\nCOPY src/ ./src/\nCOPY package.json ./\nRUN npm ci\n", {}},
      });
}
