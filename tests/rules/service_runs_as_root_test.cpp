#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC107 service-runs-as-root: cases", "[rules][SEC107][compose]") {
  check_rule_cases("SEC107",
                   {
                       {"root", "services:\n  a:\n    image: a:1\n    user: root\n", {{4, 11}}},
                       {"uid 0 with group", "services:\n  a:\n    image: a:1\n    user: \"0:0\"\n", {{4, 11}}},
                       {"from .env",
                        "services:\n  a:\n    image: a:1\n    user: ${APP_USER}\n",
                        {{4, 11}},
                        std::nullopt,
                        {},
                        {{".env", "APP_USER=root\n"}}},
                   });
  check_rule_cases("SEC107", {
                                 {"unprivileged", "services:\n  a:\n    image: a:1\n    user: \"1000:1000\"\n", {}},
                                 {"a user named rootless", "services:\n  a:\n    image: a:1\n    user: rootless\n", {}},
                             });
}
