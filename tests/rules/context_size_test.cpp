#include <catch2/catch.hpp>

#include "support/context_rule_tester.hpp"

using dlint::testing::check_context_rule_cases;

TEST_CASE("SIZE142 context-size: reported cases", "[rules][SIZE142][context]") {
  check_context_rule_cases(
      "SIZE142",
      {
          {"totals and the largest top-level paths, excluded files left out",
           {{"app/Dockerfile", "FROM alpine:3.20\nCOPY . /srv\n"},
            {"app/.dockerignore", "big.iso\n"},
            {"app/big.iso", std::string(100000, 'x')},
            {"app/assets/logo.png", std::string(3000, 'p')},
            {"app/assets/font.woff", std::string(2000, 'f')},
            {"app/README.md", std::string(100, 'r')}},
           "app/Dockerfile",
           {{2, 6, {"sends 5 files (5.0 KiB)", "largest: assets/ 4.9 KiB, README.md 100 B, Dockerfile 29 B"}}}},
      });
}

TEST_CASE("SIZE142 context-size: silent cases", "[rules][SIZE142][context]") {
  check_context_rule_cases(
      "SIZE142", {
                     {"no broad copy",
                      {{"app/Dockerfile", "FROM alpine:3.20\nCOPY assets /srv\n"}, {"app/assets/logo.png", "p"}},
                      "app/Dockerfile"},
                 });
}
