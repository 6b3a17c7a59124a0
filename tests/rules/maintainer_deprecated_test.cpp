#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP008 maintainer-deprecated: reported cases", "[rules][BP008]") {
  check_rule_cases("BP008", {
                                {"name and address",
                                 "FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n",
                                 {{2, 1}},
                                 "FROM alpine:3.20\nLABEL maintainer=\"Jane Doe <jane@example.com>\"\n"},
                                {"lower-case keyword",
                                 "from alpine:3.20\nmaintainer jane\n",
                                 {{2, 1}},
                                 "from alpine:3.20\nlabel maintainer=\"jane\"\n"},
                                {"quotes, $ and backslashes are escaped",
                                 "FROM alpine:3.20\nMAINTAINER \"Jane\" $USER C:\\x\n",
                                 {{2, 1}},
                                 "FROM alpine:3.20\nLABEL maintainer=\"\\\"Jane\\\" \\$USER C:\\\\x\"\n"},
                                {"with the backtick escape",
                                 "# escape=`\nFROM alpine:3.20\nMAINTAINER \"Jane\"\n",
                                 {{3, 1}},
                                 "# escape=`\nFROM alpine:3.20\nLABEL maintainer=\"`\"Jane`\"\"\n"},
                                {"indented, in a later stage",
                                 "FROM alpine:3.20 AS a\nFROM alpine:3.20\n  MAINTAINER jane\nRUN echo\n",
                                 {{3, 3}},
                                 "FROM alpine:3.20 AS a\nFROM alpine:3.20\n  LABEL maintainer=\"jane\"\nRUN echo\n"},
                                {"continuation: reported without a fix",
                                 "FROM alpine:3.20\nMAINTAINER \\\n  jane\n",
                                 {{2, 1}},
                                 "FROM alpine:3.20\nMAINTAINER \\\n  jane\n"},
                            });
}

TEST_CASE("BP008 maintainer-deprecated: silent cases", "[rules][BP008]") {
  check_rule_cases("BP008", {
                                {"LABEL maintainer", "FROM alpine:3.20\nLABEL maintainer=\"jane\"\n", {}},
                                {"lower-case label", "from alpine:3.20\nlabel maintainer=jane\n", {}},
                                {"a RUN mentioning it", "FROM alpine:3.20\nRUN echo MAINTAINER jane\n", {}},
                            });
}
