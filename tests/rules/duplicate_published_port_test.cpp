#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR105 duplicate-published-port: reported cases", "[rules][COR105][compose]") {
  check_rule_cases(
      "COR105", {
                    {"two services",
                     "services:\n  a:\n    ports: [\"8080:80\"]\n  b:\n    ports:\n      - \"8080:3000\"\n",
                     {{6, 10}}},
                    {"short and long syntax",
                     "services:\n  a:\n    ports: [\"8080:80\"]\n  b:\n    ports:\n      - target: 3000\n        "
                     "published: 8080\n",
                     {{7, 20}}},
                    {"range overlap",
                     "services:\n  a:\n    ports: [\"8000-8010:8000-8010\"]\n  b:\n    ports: [\"8005:80\"]\n",
                     {{5, 14}}},
                    {"specific address against all interfaces",
                     "services:\n  a:\n    ports: [\"127.0.0.1:8080:80\"]\n  b:\n    ports: [\"8080:80\"]\n",
                     {{5, 14}}},
                    {"same service twice", "services:\n  a:\n    ports:\n      - 8080:80\n      - 8080:81\n", {{5, 9}}},
                });
}

TEST_CASE("COR105 duplicate-published-port: silent cases", "[rules][COR105][compose]") {
  check_rule_cases(
      "COR105",
      {
          {"different ports", "services:\n  a:\n    ports: [\"8080:80\"]\n  b:\n    ports: [\"8081:80\"]\n", {}},
          {"tcp and udp", "services:\n  a:\n    ports: [\"53:53/tcp\"]\n  b:\n    ports: [\"53:53/udp\"]\n", {}},
          {"different addresses",
           "services:\n  a:\n    ports: [\"127.0.0.1:80:80\"]\n  b:\n    ports: [\"127.0.0.2:80:80\"]\n",
           {}},
          {"container ports only", "services:\n  a:\n    ports: [\"80\"]\n  b:\n    ports: [\"80\"]\n", {}},
      });
}
