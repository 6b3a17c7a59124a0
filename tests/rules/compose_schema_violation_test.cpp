#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR101 compose-schema-violation: reported cases", "[rules][COR101][compose]") {
  check_rule_cases(
      "COR101",
      {
          {"misspelled service key", "services:\n  web:\n    image: a:1\n    enviroment:\n      - A=1\n", {{4, 5}}},
          {"every error, not only the first",
           "services:\n  web:\n    image: [a]\n    restart: sometimes\n    privileged: {}\n",
           {{3, 12}, {4, 14}, {5, 17}}},
          {"unknown top-level key", "sevices:\n  web:\n    image: a:1\n", {{1, 1}}},
          {"long port syntax: bad enum",
           "services:\n  web:\n    image: a:1\n    ports:\n      - target: 80\n        mode: hostt\n",
           {{6, 15}}},
          {"depends_on condition",
           "services:\n  a:\n    image: a:1\n    depends_on:\n      b:\n        condition: healthy\n  b:\n    image: "
           "b:1\n",
           {{6, 20}}},
          {"unknown key under build",
           "services:\n  web:\n    build:\n      context: .\n      dockerfil: Dockerfile\n",
           {{5, 7}}},
          {"unknown key brought in by a merge key points at the anchor",
           "x-a: &a\n  restrat: always\nservices:\n  web:\n    <<: *a\n    image: a:1\n",
           {{2, 3}}},
          {"top level is a list", "- a\n- b\n", {{1, 1}}},
          {"volume long syntax type",
           "services:\n  web:\n    image: a:1\n    volumes:\n      - type: disk\n        target: /d\n",
           {{5, 15}}},
      });
}

TEST_CASE("COR101 compose-schema-violation: silent cases", "[rules][COR101][compose]") {
  check_rule_cases(
      "COR101",
      {
          {"extension keys", "x-common: {a: 1}\nservices:\n  web:\n    image: a:1\n    x-note: hi\n", {}},
          {"interpolated values take the key's type",
           "services:\n  web:\n    image: a:1\n    privileged: ${PRIV:-false}\n    restart: ${RESTART:-no}\n",
           {}},
          {"on-failure with a count", "services:\n  web:\n    image: a:1\n    restart: on-failure:5\n", {}},
          {"quoted booleans and numbers",
           "services:\n  web:\n    image: a:1\n    read_only: \"true\"\n    cpus: \"0.5\"\n",
           {}},
          {"everything of a typical service",
           "name: shop\nservices:\n  web:\n    build:\n      context: .\n      args:\n        - A=1\n    ports:\n      "
           "- "
           "\"80:80\"\n      - target: 443\n        published: 8443\n    environment:\n      A: 1\n    healthcheck:\n  "
           "    "
           "test: [\"CMD\", \"true\"]\n      interval: 10s\n    deploy:\n      resources:\n        limits:\n          "
           "memory: 256M\nnetworks:\n  default:\nvolumes:\n  data:\nsecrets:\n  s:\n    file: ./s.txt\n",
           {}},
      });
}
