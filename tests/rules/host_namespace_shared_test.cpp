#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC103 host-namespace-shared: cases", "[rules][SEC103][compose]") {
  check_rule_cases("SEC103", {
                                 {"network, pid, ipc",
                                  "services:\n  a:\n    image: a:1\n    network_mode: host\n    pid: host\n"
                                  "    ipc: host\n",
                                  {{4, 19}, {5, 10}, {6, 10}}},
                                 {"userns", "services:\n  a:\n    image: a:1\n    userns_mode: \"host\"\n", {{4, 18}}},
                             });
  check_rule_cases(
      "SEC103", {
                    {"service network", "services:\n  a:\n    image: a:1\n    network_mode: \"service:b\"\n", {}},
                    {"bridge", "services:\n  a:\n    image: a:1\n    network_mode: bridge\n    ipc: shareable\n", {}},
                });
}
