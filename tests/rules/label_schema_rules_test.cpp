// The label-schema rules (BP054-BP056) and the value types they check.
#include <catch2/catch.hpp>

#include "knowledge/label_value_types.hpp"
#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::RuleCase;

namespace {
dlint::Config schema_config(bool strict) {
  dlint::Config config;
  config.label_schema = {{"org.opencontainers.image.source", "url"},
                         {"version", "semver"},
                         {"revision", "hash"},
                         {"created", "rfc3339"},
                         {"license", "spdx"},
                         {"maintainer", "email"},
                         {"description", "text"}};
  config.strict_labels = strict;
  return config;
}
RuleCase with_schema(std::string name, std::string input, std::vector<dlint::testing::Expected> expected,
                     bool strict = false) {
  return RuleCase{std::move(name), std::move(input), std::move(expected), std::nullopt, schema_config(strict)};
}
const std::string all_labels =
    "LABEL org.opencontainers.image.source=https://example.com/app version=1.2.3 revision=0123abc \\\n"
    "  created=2024-05-01T12:00:00Z license=\"MIT OR Apache-2.0\" maintainer=jane@example.com description=x\n";
}  // namespace

TEST_CASE("label value types", "[knowledge][labels]") {
  using dlint::knowledge::label_value_problem;
  CHECK_FALSE(label_value_problem("url", "https://example.com/a?b#c"));
  CHECK(label_value_problem("url", "example.com"));
  CHECK_FALSE(label_value_problem("semver", "1.0.0-rc.1+build.5"));
  CHECK(label_value_problem("semver", "1.0"));
  CHECK(label_value_problem("semver", "v1.0.0"));
  CHECK_FALSE(label_value_problem("hash", "0123456789abcdef0123456789abcdef01234567"));
  CHECK(label_value_problem("hash", "xyz1234"));
  CHECK_FALSE(label_value_problem("rfc3339", "2024-05-01T12:00:00.5+02:00"));
  CHECK(label_value_problem("rfc3339", "2024-05-01"));
  CHECK_FALSE(label_value_problem("spdx", "(MIT OR Apache-2.0) AND GPL-2.0-or-later WITH Classpath-exception-2.0"));
  CHECK(label_value_problem("spdx", "MIT OR"));
  CHECK(label_value_problem("spdx", "MIT and BSD"));
  CHECK_FALSE(label_value_problem("email", "jane.doe+x@mail.example.com"));
  CHECK(label_value_problem("email", "Jane <jane@example.com>"));
  CHECK_FALSE(label_value_problem("text", "anything"));
  CHECK_FALSE(label_value_problem("url", std::string(5000, 'a')));  // too long to judge, no crash
}

TEST_CASE("BP054 missing-required-label", "[rules][BP054]") {
  check_rule_cases(
      "BP054",
      {
          with_schema("none set", "FROM alpine:3.20\n", {{1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}}),
          with_schema("some set in a parent stage",
                      "FROM alpine:3.20 AS base\n" + all_labels + "FROM alpine:3.20 AS other\nFROM base\n", {}),
          with_schema("only a build stage has them, one missing in the final image",
                      "FROM alpine:3.20 AS build\n" + all_labels +
                          "FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://e.com version=1.0.0 "
                          "revision=abcdef0 created=2024-05-01T12:00:00Z license=MIT maintainer=a@b.io\n",
                      {{4, 1}}),
          with_schema("quoted key", "FROM alpine:3.20\n" + all_labels, {}),
          {"no schema", "FROM alpine:3.20\n", {}},
      });
}

TEST_CASE("BP055 label-not-in-schema", "[rules][BP055]") {
  check_rule_cases("BP055",
                   {
                       with_schema("extra label", "FROM alpine:3.20\nLABEL version=1.0.0 vers=1\n", {{2, 21}}, true),
                       with_schema("ONBUILD", "FROM alpine:3.20\nONBUILD LABEL x=1\n", {{2, 15}}, true),
                       with_schema("not strict", "FROM alpine:3.20\nLABEL vers=1\n", {}),
                       with_schema("schema labels", "FROM alpine:3.20\n" + all_labels, {}, true),
                       with_schema("variable key", "FROM alpine:3.20\nARG K\nLABEL ${K}=1\n", {}, true),
                   });
}

TEST_CASE("BP056 invalid-label-value", "[rules][BP056]") {
  check_rule_cases(
      "BP056",
      {
          with_schema("bad url and semver",
                      "FROM alpine:3.20\nLABEL org.opencontainers.image.source=example.com version=v1\n",
                      {{2, 39}, {2, 59}}),
          with_schema("empty", "FROM alpine:3.20\nLABEL description=\"\"\n", {{2, 19}}),
          with_schema(
              "hash, date, spdx, email on a continuation",
              "FROM alpine:3.20\nLABEL revision=main \\\n  created=yesterday license=\"MIT and\" maintainer=jane\n",
              {{2, 16}, {3, 11}, {3, 29}, {3, 50}}),
          with_schema("valid", "FROM alpine:3.20\n" + all_labels, {}),
          with_schema("variable", "FROM alpine:3.20\nARG V\nLABEL version=$V revision=${GIT_SHA}\n", {}),
          with_schema("label outside the schema", "FROM alpine:3.20\nLABEL other=\"\"\n", {}),
          {"no schema", "FROM alpine:3.20\nLABEL version=v1\n", {}},
      });
}
