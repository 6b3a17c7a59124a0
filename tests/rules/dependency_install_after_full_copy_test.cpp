#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("CACHE001 dependency-install-after-full-copy", "[rules][CACHE001]") {
  check_rule_cases(
      "CACHE001",
      {
          {"npm ci after COPY . .", "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n", {{3, 6}}},
          {"pip -r after COPY with continuation",
           "FROM python:3.12\nCOPY . \\\n  /app\nRUN pip install --no-cache-dir \\\n    -r requirements.txt\n",
           {{2, 6}}},
          {"cargo build in the Rust tutorial's single stage",
           "FROM rust:1.75\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\n",
           {{3, 6}}},
          {"go mod download after ADD ./", "FROM golang:1.22\nADD ./ /src\nRUN go mod download\n", {{2, 5}}},
          {"bundler, yarn, composer",
           "FROM ruby:3.3\nCOPY . .\nRUN bundle install\nFROM node:20\nCOPY * ./\nRUN yarn\n",
           {{2, 6}, {5, 6}}},
          {"manifests first", "FROM node:20\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n", {}},
          {"go build after go mod download",
           "FROM golang:1.22\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app\n",
           {}},
          {"cargo dependency pre-build",
           "FROM rust:1.75\nCOPY Cargo.toml Cargo.lock ./\nRUN mkdir src && echo 'fn main(){}' > src/main.rs && "
           "cargo build --release\nCOPY . .\nRUN cargo build --release\n",
           {}},
          {"copy from another stage", "FROM node:20\nCOPY --from=deps /app .\nRUN npm ci\n", {}},
          {"global npm install", "FROM node:20\nCOPY . .\nRUN npm install -g pm2\n", {}},
      });
}
