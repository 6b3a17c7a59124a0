#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP003 image-latest-tag: reported cases", "[rules][BP003]") {
  check_rule_cases("BP003",
                   {
                       {"latest", "FROM node:latest\n", {{1, 11}}},
                       {"lower-case keyword", "from node:latest as build\n", {{1, 11}}},
                       {"registry and namespace", "FROM ghcr.io/acme/app:latest\n", {{1, 23}}},
                       {"registry with a port", "FROM localhost:5000/app:latest\n", {{1, 25}}},
                       {"with --platform", "FROM --platform=$TARGETPLATFORM alpine:latest\n", {{1, 40}}},
                       {"several stages",
                        "FROM golang:latest AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\nFROM debian:latest\n",
                        {{1, 13}, {4, 13}}},
                       {"variable name, literal tag", "ARG IMAGE=node\nFROM ${IMAGE}:latest\n", {{2, 15}}},
                       {"tag from a variable", "ARG TAG=latest\nFROM node:${TAG}\n", {{2, 6}}},
                       {"image from a variable", "ARG BASE=node:latest\nFROM $BASE AS app\n", {{2, 6}}},
                       {"continuation", "FROM \\\n    node:latest\n", {{2, 10}}},
                   });
}

TEST_CASE("BP003 image-latest-tag: silent cases", "[rules][BP003]") {
  check_rule_cases("BP003",
                   {
                       {"version tag", "FROM node:20-alpine\n", {}},
                       {"no tag is BP002's", "FROM node\n", {}},
                       {"pinned by digest",
                        "FROM node:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000\n",
                        {}},
                       {"tag from a variable without a default", "ARG TAG\nFROM node:${TAG}\n", {}},
                       {"tag from a variable with a version", "ARG TAG=20\nFROM node:${TAG}\n", {}},
                       {"a tag that merely contains latest", "FROM node:latest-alpine\n", {}},
                       {"stage reference", "FROM node:20 AS latest\nFROM latest\n", {}},
                   });
}

namespace {
dlint::Config pinned(std::initializer_list<std::pair<const std::string, std::string>> tags) {
  dlint::Config config;
  config.pinned_tags.insert(tags.begin(), tags.end());
  return config;
}
}  // namespace

TEST_CASE("BP003 image-latest-tag: fixed to the tag pinned-tags names", "[rules][BP003][fix]") {
  check_rule_cases("BP003", {
                                {"pinned by short name",
                                 "FROM node:latest AS build\n",
                                 {{1, 11}},
                                 "FROM node:20.11-bookworm AS build\n",
                                 pinned({{"node", "20.11-bookworm"}})},
                                {"docker.io/library spelling in the config",
                                 "FROM node:latest\n",
                                 {{1, 11}},
                                 "FROM node:20.11-bookworm\n",
                                 pinned({{"docker.io/library/node", "20.11-bookworm"}})},
                                {"another registry",
                                 "FROM ghcr.io/acme/app:latest\nFROM node:latest\n",
                                 {{1, 23}, {2, 11}},
                                 "FROM ghcr.io/acme/app:1.4\nFROM node:latest\n",
                                 pinned({{"ghcr.io/acme/app", "1.4"}})},
                                {"an image of the same name on another registry is not it",
                                 "FROM quay.io/node:latest\n",
                                 {{1, 19}},
                                 "FROM quay.io/node:latest\n",
                                 pinned({{"node", "20"}})},
                                {"after a line continuation",
                                 "FROM \\\n    node:latest\n",
                                 {{2, 10}},
                                 "FROM \\\n    node:20\n",
                                 pinned({{"node", "20"}})},
                                {"no config entry, no fix", "FROM node:latest\n", {{1, 11}}, "FROM node:latest\n"},
                            });
}
