#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR109 service-without-image-or-build: reported cases", "[rules][COR109][compose]") {
  check_rule_cases("COR109", {
                                 {"command only", "services:\n  worker:\n    command: [run]\n", {{2, 3}}},
                                 {"empty service", "services:\n  worker:\n", {{2, 3}}},
                             });
}

TEST_CASE("COR109 service-without-image-or-build: silent cases", "[rules][COR109][compose]") {
  check_rule_cases("COR109",
                   {
                       {"image", "services:\n  w:\n    image: a:1\n", {}},
                       {"image from extends", "services:\n  base:\n    image: a:1\n  w:\n    extends: base\n", {}},
                       {"image from a merge key", "x-a: &a\n  image: a:1\nservices:\n  w:\n    <<: *a\n", {}},
                       {"extends from a file that is not available",
                        "services:\n  w:\n    extends:\n      file: base.yml\n      "
                        "service: w\n",
                        {}},
                       {"provider service", "services:\n  ai:\n    provider:\n      type: model\n", {}},
                   });
}
