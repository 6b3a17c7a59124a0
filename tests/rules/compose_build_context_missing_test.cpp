#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR103 compose-build-context-missing: reported cases", "[rules][COR103][compose]") {
  const std::vector<std::pair<std::string, std::string>> files = {{"api/Dockerfile", "FROM alpine:3.20\n"}};
  check_rule_cases(
      "COR103",
      {
          {"context directory missing", "services:\n  web:\n    build: ./web\n", {{3, 12}}, std::nullopt, {}, files},
          {"dockerfile missing in the context",
           "services:\n  api:\n    build:\n      context: api\n      dockerfile: Dockerfile.prod\n",
           {{5, 19}},
           std::nullopt,
           {},
           files},
          {"default Dockerfile missing", "services:\n  web:\n    build: .\n", {{3, 12}}, std::nullopt, {}, files},
      });
}

TEST_CASE("COR103 compose-build-context-missing: silent cases", "[rules][COR103][compose]") {
  const std::vector<std::pair<std::string, std::string>> files = {{"api/Dockerfile", "FROM alpine:3.20\n"}};
  check_rule_cases("COR103", {
                                 {"present", "services:\n  api:\n    build: ./api\n", {}, std::nullopt, {}, files},
                                 {"remote context",
                                  "services:\n  api:\n    build: https://github.com/a/b.git#main\n",
                                  {},
                                  std::nullopt,
                                  {},
                                  files},
                                 {"inline Dockerfile",
                                  "services:\n  api:\n    build:\n      context: api\n      dockerfile_inline: "
                                  "FROM alpine:3.20\n",
                                  {},
                                  std::nullopt,
                                  {},
                                  files},
                                 {"stdin", "services:\n  web:\n    build: ./web\n", {}},
                             });
}
