#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP104 no-restart-policy: cases", "[rules][BP104][compose]") {
  check_rule_cases("BP104", {
                                {"none", "services:\n  api:\n    image: a:1\n", {{2, 3}}},
                            });
  check_rule_cases(
      "BP104", {
                   {"restart", "services:\n  api:\n    image: a:1\n    restart: unless-stopped\n", {}},
                   {"explicit no", "services:\n  api:\n    image: a:1\n    restart: \"no\"\n", {}},
                   {"deploy restart_policy",
                    "services:\n  api:\n    image: a:1\n    deploy:\n      restart_policy:\n        condition: "
                    "on-failure\n",
                    {}},
                   {"one-shot migration",
                    "services:\n  api:\n    image: a:1\n    restart: always\n    depends_on:\n      migrate:\n        "
                    "condition: service_completed_successfully\n  migrate:\n    image: a:1\n",
                    {}},
               });
}
