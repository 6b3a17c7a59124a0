#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP206 run-toml-bridge-image-untagged: cases", "[rules][BP206][runtoml]") {
  check_rule_cases("BP206", {
                                {"no tag", "[bridge.db]\nimage = \"postgres\"\n", {{2, 9}}},
                                {"registry with port, no tag", "[bridge.db]\nimage = \"reg:5000/pg\"\n", {{2, 9}}},
                                {"inline table", "bridge = { db = { image = \"redis\" } }\n", {{1, 27}}},
                            });
  check_rule_cases("BP206",
                   {
                       {"tagged", "[bridge.db]\nimage = \"postgres:16\"\n", {}},
                       {"digest", "[bridge.db]\nimage = \"postgres@sha256:" + std::string(64, 'a') + "\"\n", {}},
                       {"variable", "[bridge.db]\nimage = \"${DB_IMAGE}\"\n", {}},
                       {"docker entries name no image", "[docker.db]\nurl = \"http://db:5432\"\n", {}},
                   });
}
