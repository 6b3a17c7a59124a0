#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR102 compose-referenced-file-missing: reported cases", "[rules][COR102][compose]") {
  const std::vector<std::pair<std::string, std::string>> some = {{"present.env", "A=1\n"}};
  check_rule_cases("COR102",
                   {
                       {"env_file string",
                        "services:\n  web:\n    image: a:1\n    env_file: prod.env\n",
                        {{4, 15}},
                        std::nullopt,
                        {},
                        some},
                       {"env_file list, only the missing one",
                        "services:\n  web:\n    image: a:1\n    env_file:\n      - present.env\n      - missing.env\n",
                        {{6, 9}},
                        std::nullopt,
                        {},
                        some},
                       {"secret file",
                        "services:\n  web:\n    image: a:1\nsecrets:\n  s:\n    file: ./s.txt\n",
                        {{6, 11}},
                        std::nullopt,
                        {},
                        some},
                       {"extends file",
                        "services:\n  web:\n    extends:\n      file: base.yml\n      service: web\n",
                        {{4, 13}},
                        std::nullopt,
                        {},
                        some},
                       {"include file",
                        "include:\n  - other.yml\nservices:\n  web:\n    image: a:1\n",
                        {{2, 5}},
                        std::nullopt,
                        {},
                        some},
                   });
}

TEST_CASE("COR102 compose-referenced-file-missing: silent cases", "[rules][COR102][compose]") {
  const std::vector<std::pair<std::string, std::string>> files = {{"present.env", "A=1\n"}, {"s.txt", "x"}};
  check_rule_cases(
      "COR102",
      {
          {"present files",
           "services:\n  web:\n    image: a:1\n    env_file: present.env\nsecrets:\n  s:\n    file: s.txt\n",
           {},
           std::nullopt,
           {},
           files},
          {"optional env_file",
           "services:\n  web:\n    image: a:1\n    env_file:\n      - path: nope.env\n        required: false\n",
           {},
           std::nullopt,
           {},
           files},
          {"no file system (stdin)", "services:\n  web:\n    image: a:1\n    env_file: prod.env\n", {}},
          {"external secret",
           "services:\n  web:\n    image: a:1\nsecrets:\n  s:\n    external: true\n",
           {},
           std::nullopt,
           {},
           files},
      });
}
