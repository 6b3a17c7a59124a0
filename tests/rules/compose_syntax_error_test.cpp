#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR100 compose-syntax-error: reported cases", "[rules][COR100][compose]") {
  check_rule_cases(
      "COR100", {
                    {"duplicate service", "services:\n  web:\n    image: a:1\n  web:\n    image: b:1\n", {{4, 3}}},
                    {"duplicate key inside a service, every one reported",
                     "services:\n  web:\n    image: a:1\n    image: b:1\n    ports: []\n    ports: []\n",
                     {{4, 5}, {6, 5}}},
                    {"unclosed flow sequence", "services:\n  web:\n    ports: [\"80:80\"\n", {{4, 1}}},
                    {"bad indentation", "services:\n  web:\n    image: a:1\n   build: .\n", {{4, 4}}},
                    {"malformed interpolation", "services:\n  web:\n    image: \"app:${TAG\"\n", {{3, 12}}},
                    {"extends a service that does not exist",
                     "services:\n  web:\n    extends: base\n    image: a:1\n",
                     {{3, 14}}},
                    {"extends loops", "services:\n  a:\n    extends: b\n  b:\n    extends: a\n", {{3, 5}, {5, 5}}},
                    {"merge key with a scalar", "x-a: &a 1\nservices:\n  web:\n    <<: *a\n    image: a:1\n", {{1, 9}}},
                });
}

TEST_CASE("COR100 compose-syntax-error: silent cases", "[rules][COR100][compose]") {
  check_rule_cases(
      "COR100",
      {
          {"anchors and merge keys",
           "x-base: &base\n  restart: always\nservices:\n  web:\n    <<: *base\n    image: a:1\n",
           {}},
          {"a merged key may be overridden",
           "x-b: &b\n  image: a:1\nservices:\n  web:\n    <<: *b\n    image: b:1\n",
           {}},
          {"$$ escapes and defaults", "services:\n  web:\n    image: a:${TAG:-1}\n    command: echo $$HOME\n", {}},
          {"!reset and !override tags",
           "services:\n  web:\n    image: a:1\n    ports: !reset []\n    environment: !override\n      A: 1\n",
           {}},
          {"empty document", "", {}},
      });
}
