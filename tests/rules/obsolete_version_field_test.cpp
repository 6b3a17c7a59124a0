#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP102 obsolete-version-field: cases", "[rules][BP102][compose]") {
  check_rule_cases("BP102", {
                                {"first line",
                                 "version: \"3.8\"\nservices:\n  a:\n    image: a:1\n",
                                 {{1, 1}},
                                 "services:\n  a:\n    image: a:1\n"},
                                {"after a comment, with a trailing comment",
                                 "# app\nversion: '3' # old\nservices:\n  a:\n    image: a:1\n",
                                 {{2, 1}},
                                 "# app\nservices:\n  a:\n    image: a:1\n"},
                                {"last line without newline",
                                 "services:\n  a:\n    image: a:1\nversion: 2",
                                 {{4, 1}},
                                 "services:\n  a:\n    image: a:1\n"},
                                {"CRLF",
                                 "version: \"3\"\r\nservices:\r\n  a:\r\n    image: a:1\r\n",
                                 {{1, 1}},
                                 "services:\r\n  a:\r\n    image: a:1\r\n"},
                                {"in a flow mapping: reported, no fix",
                                 "{version: \"3\", services: {a: {image: a}}}\n",
                                 {{1, 2}},
                                 "{version: \"3\", services: {a: {image: a}}}\n"},
                            });
  check_rule_cases(
      "BP102",
      {
          {"absent", "services:\n  a:\n    image: a:1\n", {}},
          {"a service key named version", "services:\n  a:\n    image: a:1\n    labels:\n      version: 1\n", {}},
      });
}
