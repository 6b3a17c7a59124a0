#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP023 gem-unpinned: reported cases", "[rules][BP023]") {
  check_rule_cases("BP023", {
                                {"plain gem", "FROM ruby:3.3\nRUN gem install bundler\n", {{2, 17}}},
                                {"one of two", "FROM ruby:3.3\nRUN gem install rake:13.2.1 rails\n", {{2, 29}}},
                                {"option values are not gems",
                                 "FROM ruby:3.3\nRUN gem install --install-dir /gems --no-document rails\n",
                                 {{2, 51}}},
                                {"ONBUILD RUN", "FROM ruby:3.3\nONBUILD RUN gem install rails\n", {{2, 25}}},
                            });
}

TEST_CASE("BP023 gem-unpinned: silent cases", "[rules][BP023]") {
  check_rule_cases("BP023", {
                                {"name:version", "FROM ruby:3.3\nRUN gem install bundler:2.5.10\n", {}},
                                {"-v", "FROM ruby:3.3\nRUN gem install bundler -v 2.5.10\n", {}},
                                {"--version=", "FROM ruby:3.3\nRUN gem install bundler --version=2.5.10\n", {}},
                                {"local .gem file", "FROM ruby:3.3\nRUN gem install ./pkg/app-1.0.gem app.gem\n", {}},
                                {"not an install", "FROM ruby:3.3\nRUN gem update --system\n", {}},
                            });
}
