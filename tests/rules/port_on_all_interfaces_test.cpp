#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC108 port-on-all-interfaces: cases", "[rules][SEC108][compose]") {
  check_rule_cases(
      "SEC108",
      {
          {"short syntax", "services:\n  db:\n    image: p:1\n    ports:\n      - \"5432:5432\"\n", {{5, 10}}},
          {"explicit 0.0.0.0", "services:\n  db:\n    image: p:1\n    ports: [\"0.0.0.0:5432:5432\"]\n", {{4, 14}}},
          {"long syntax without host_ip",
           "services:\n  db:\n    image: p:1\n    ports:\n      - target: 5432\n"
           "        published: \"5432\"\n",
           {{6, 20}}},
          {"random host port", "services:\n  db:\n    image: p:1\n    ports:\n      - 5432\n", {{5, 9}}},
      });
  check_rule_cases("SEC108",
                   {
                       {"loopback", "services:\n  db:\n    image: p:1\n    ports: [\"127.0.0.1:5432:5432\"]\n", {}},
                       {"IPv6 loopback", "services:\n  db:\n    image: p:1\n    ports: [\"[::1]:5432:5432\"]\n", {}},
                       {"long syntax host_ip",
                        "services:\n  db:\n    image: p:1\n    ports:\n      - target: 5432\n"
                        "        host_ip: 127.0.0.1\n        published: 5432\n",
                        {}},
                   });
}
