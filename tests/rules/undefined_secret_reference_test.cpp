#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR108 undefined-secret-reference: reported cases", "[rules][COR108][compose]") {
  check_rule_cases(
      "COR108", {
                    {"short syntax", "services:\n  db:\n    image: p:1\n    secrets:\n      - db_password\n", {{5, 9}}},
                    {"long syntax",
                     "services:\n  db:\n    image: p:1\n    secrets:\n      - source: pw\n        target: x\n",
                     {{5, 17}}},
                    {"config",
                     "services:\n  db:\n    image: p:1\n    configs:\n      - conf\nconfigs:\n  other:\n    file: x\n",
                     {{5, 9}}},
                });
}

TEST_CASE("COR108 undefined-secret-reference: silent cases", "[rules][COR108][compose]") {
  check_rule_cases(
      "COR108",
      {
          {"defined", "services:\n  db:\n    image: p:1\n    secrets: [pw]\nsecrets:\n  pw:\n    file: x\n", {}},
      });
}
