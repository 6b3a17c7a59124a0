#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR107 healthy-dependency-without-healthcheck: reported cases", "[rules][COR107][compose]") {
  check_rule_cases("COR107", {
                                 {"image without healthcheck",
                                  "services:\n  web:\n    image: a:1\n    depends_on:\n      db:\n        condition: "
                                  "service_healthy\n  db:\n    "
                                  "image: postgres:16\n",
                                  {{6, 20}}},
                                 {"healthcheck disabled",
                                  "services:\n  web:\n    image: a:1\n    depends_on:\n      db:\n        condition: "
                                  "service_healthy\n  db:\n    "
                                  "image: postgres:16\n    healthcheck:\n      disable: true\n",
                                  {{6, 20}}},
                                 {"built from a Dockerfile without HEALTHCHECK",
                                  "services:\n  web:\n    image: a:1\n    depends_on:\n      db:\n        condition: "
                                  "service_healthy\n  db:\n    "
                                  "build: db\n",
                                  {{6, 20}},
                                  std::nullopt,
                                  {},
                                  {{"db/Dockerfile", "FROM postgres:16\n"}}},
                             });
}

TEST_CASE("COR107 healthy-dependency-without-healthcheck: silent cases", "[rules][COR107][compose]") {
  check_rule_cases("COR107",
                   {
                       {"healthcheck in compose",
                        "services:\n  web:\n    image: a:1\n    depends_on:\n      db:\n        condition: "
                        "service_healthy\n  db:\n    "
                        "image: postgres:16\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n",
                        {}},
                       {"healthcheck from a merge key",
                        "x-hc: &hc\n  healthcheck:\n    test: [\"CMD\", \"true\"]\nservices:\n  web:\n    image: a:1\n "
                        "   depends_on:\n  "
                        "    db:\n        condition: service_healthy\n  db:\n    <<: *hc\n    image: postgres:16\n",
                        {}},
                       {"HEALTHCHECK in the Dockerfile",
                        "services:\n  web:\n    image: a:1\n    depends_on:\n      db:\n        condition: "
                        "service_healthy\n  db:\n    "
                        "build: db\n",
                        {},
                        std::nullopt,
                        {},
                        {{"db/Dockerfile", "FROM postgres:16\nHEALTHCHECK CMD pg_isready\n"}}},
                       {"service_started",
                        "services:\n  web:\n    image: a:1\n    depends_on:\n      db:\n        condition: "
                        "service_started\n  db:\n    image: p:1\n",
                        {}},
                   });
}
