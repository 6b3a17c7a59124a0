#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR106 depends-on-unknown-service: reported cases", "[rules][COR106][compose]") {
  check_rule_cases("COR106",
                   {
                       {"list form",
                        "services:\n  web:\n    image: a:1\n    depends_on:\n      - databse\n  database:\n    "
                        "image: p:1\n",
                        {{5, 9}}},
                       {"map form",
                        "services:\n  web:\n    image: a:1\n    depends_on:\n      cache:\n        condition: "
                        "service_started\n",
                        {{5, 7}}},
                   });
}

TEST_CASE("COR106 depends-on-unknown-service: silent cases", "[rules][COR106][compose]") {
  check_rule_cases(
      "COR106", {
                    {"defined", "services:\n  web:\n    image: a:1\n    depends_on: [db]\n  db:\n    image: p:1\n", {}},
                    {"defined through extends",
                     "services:\n  base:\n    image: a:1\n  web:\n    extends: base\n    depends_on: [base]\n",
                     {}},
                });
}
