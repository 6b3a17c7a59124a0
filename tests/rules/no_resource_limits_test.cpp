#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP105 no-resource-limits: cases", "[rules][BP105][compose]") {
  check_rule_cases("BP105", {
                                {"none", "services:\n  api:\n    image: a:1\n", {{2, 3}}},
                                {"memory only", "services:\n  api:\n    image: a:1\n    mem_limit: 512m\n", {{2, 3}}},
                            });
  check_rule_cases(
      "BP105",
      {
          {"deploy limits",
           "services:\n  api:\n    image: a:1\n    deploy:\n      resources:\n        limits:\n"
           "          memory: 512M\n          cpus: \"1\"\n",
           {}},
          {"old keys, no version", "services:\n  api:\n    image: a:1\n    mem_limit: 512m\n    cpus: 0.5\n", {}},
      });
}
