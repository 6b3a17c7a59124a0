#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("PORT001 wasi-blocker: reported cases", "[rules][PORT001][portability]") {
  check_rule_cases(
      "PORT001",
      {
          {"a native library, at the package",
           "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y libpq-dev\n"
           "CMD [\"python\", \"app.py\"]\n",
           {{2, 42}}},
          {"a C extension through pip, on a continuation line",
           "FROM python:3.12-slim\nRUN pip install \\\n      flask \\\n      psycopg2==2.9\n",
           {{4, 7}}},
          {"a heredoc RUN",
           "FROM node:22-slim\nRUN <<EOF\nnpm install sharp\nEOF\nCMD [\"node\", \"a.js\"]\n",
           {{3, 13}}},
          {"cgo on the command", "FROM golang:1.22\nRUN CGO_ENABLED=1 go build -o /app .\nCMD [\"/app\"]\n", {{2, 5}}},
          {"a shell-script entrypoint and GUI packages",
           "FROM python:3.12\nRUN apt-get install -y xvfb\nENTRYPOINT [\"/entrypoint.sh\"]\n",
           {{2, 24}, {3, 13}}},
          {"a CUDA base image, at the image",
           "FROM nvidia/cuda:12.2.0-base-ubuntu22.04\nRUN pip install flask\n",
           {{1, 6}}},
          {"a builder stage the target uses counts",
           "FROM rust:1.80 AS build\nRUN apt-get install -y libssl-dev\nRUN cargo build\n"
           "FROM debian:12-slim\nCOPY --from=build /app /app\nCMD [\"/app\"]\n",
           {{2, 24}}},
          {"a variable in the base: language from the build tool",
           "ARG BASE=python:3.12\nFROM ${BASE}\nRUN pip install lxml\n",
           {{3, 17}}},
      });
}

TEST_CASE("PORT001 wasi-blocker: silent cases", "[rules][PORT001][portability]") {
  check_rule_cases("PORT001",
                   {
                       {"pure Rust", "FROM rust:1.80\nRUN cargo build --release\nCMD [\"/app\"]\n"},
                       {"a database image with its init scripts is a bridge, not blocked",
                        "FROM postgres:16\nRUN apt-get install -y libpq-dev\n"},
                       {"already a wasm module",
                        "FROM rust:1.80 AS build\nRUN apt-get install -y libssl-dev\nFROM scratch\n"
                        "COPY --from=build /app.wasm /app.wasm\nENTRYPOINT [\"/app.wasm\"]\n"},
                       {"a stage the target does not build",
                        "FROM debian:12 AS tools\nRUN apt-get install -y libx11-dev\nFROM golang:1.22\n"
                        "RUN go build -o /app .\nCMD [\"/app\"]\n"},
                       {"libc's own development files", "FROM gcc:14\nRUN apt-get install -y libc6-dev\nRUN make\n"},
                       {"no language: nothing to point at", "FROM alpine:3.20\nCMD [\"true\"]\n"},
                       {"ONBUILD triggers run in another build",
                        "FROM node:22\nONBUILD RUN npm install bcrypt\nCMD [\"node\", \"a.js\"]\n"},
                   });
}
