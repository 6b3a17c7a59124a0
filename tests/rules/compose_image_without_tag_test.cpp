#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP100 compose-image-without-tag: cases", "[rules][BP100][compose]") {
  check_rule_cases(
      "BP100",
      {
          {"no tag", "services:\n  db:\n    image: postgres\n", {{3, 12}}},
          {"latest, at the tag", "services:\n  db:\n    image: postgres:latest\n", {{3, 21}}},
          {"quoted, registry with a port", "services:\n  a:\n    image: \"reg:5000/team/app:nightly\"\n", {{3, 31}}},
          {"from an anchor", "x-i: &i redis\nservices:\n  a:\n    image: *i\n", {{1, 9}}},
          {"variable resolved to latest by default", "services:\n  a:\n    image: app:${TAG:-latest}\n", {{3, 12}}},
      });
  check_rule_cases("BP100", {
                                {"pinned", "services:\n  db:\n    image: postgres:16.4\n", {}},
                                {"digest", "services:\n  db:\n    image: postgres@sha256:0123456789abcdef\n", {}},
                                {"names the image it builds", "services:\n  a:\n    build: .\n    image: app\n", {}},
                                {"unset variable", "services:\n  a:\n    image: ${IMAGE}\n", {}},
                            });
}
