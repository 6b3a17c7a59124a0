#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC110 sensitive-host-path-mounted: cases", "[rules][SEC110][compose]") {
  check_rule_cases(
      "SEC110",
      {
          {"/etc and root",
           "services:\n  a:\n    image: a:1\n    volumes:\n      - /etc:/host/etc\n      - "
           "/:/host:ro\n",
           {{5, 9}, {6, 9}}},
          {"ssh keys", "services:\n  a:\n    image: a:1\n    volumes:\n      - ~/.ssh:/root/.ssh:ro\n", {{5, 9}}},
      });
  check_rule_cases(
      "SEC110",
      {
          {"one file", "services:\n  a:\n    image: a:1\n    volumes:\n      - /etc/timezone:/etc/timezone:ro\n", {}},
          {"named volume called etc", "services:\n  a:\n    image: a:1\n    volumes:\n      - etc:/etc\n", {}},
      });
}
