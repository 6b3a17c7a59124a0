#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR007 invalid-expose", "[rules][COR007]") {
  check_rule_cases(
      "COR007", {
                    {"out of range, host mapping, bad protocol",
                     "FROM nginx:1.27\nEXPOSE 80000 8080:80 53/dns\n",
                     {{2, 8}, {2, 14}, {2, 22}}},
                    {"bad ranges", "FROM nginx:1.27\nexpose 9000-8000 70000-70001 80-\n", {{2, 8}, {2, 18}, {2, 30}}},
                    {"not a number", "FROM nginx:1.27\nEXPOSE http\n", {{2, 8}}},
                    {"continuation", "FROM nginx:1.27\nEXPOSE 80 \\\n  99999\n", {{3, 3}}},
                    {"valid forms", "FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp 8000-8010 9/SCTP ${PORT}\n", {}},
                });
}

TEST_CASE("STYLE002 expose-protocol-casing", "[rules][STYLE002]") {
  check_rule_cases("STYLE002", {
                                   {"upper-case protocol",
                                    "FROM nginx:1.27\nEXPOSE 80/TCP 53/Udp\n",
                                    {{2, 11}, {2, 18}},
                                    "FROM nginx:1.27\nEXPOSE 80/tcp 53/udp\n"},
                                   {"lower case", "FROM nginx:1.27\nEXPOSE 80/tcp 53\n", {}},
                               });
}
