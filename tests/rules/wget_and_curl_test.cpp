#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP034 wget-and-curl: cases", "[rules][BP034]") {
  check_rule_cases(
      "BP034",
      {
          {"both in one RUN", "FROM debian\nRUN wget -q https://x && curl -fsSLO https://y\n", {{2, 26}}},
          {"in two RUNs, curl first", "FROM debian\nRUN curl -fsSLO https://y\nRUN wget -q https://x\n", {{3, 5}}},
          {"only one report for many uses",
           "FROM debian\nRUN curl -O https://a && curl -O https://b\nRUN wget -q https://x && wget -q https://z\n",
           {{3, 5}}},
          {"one tool", "FROM debian\nRUN curl -O https://a && curl -O https://b\n", {}},
          {"installing curl is not using it", "FROM debian\nRUN apt-get install -y curl && wget -q https://x\n", {}},
          {"the other tool in a discarded build stage",
           "FROM debian AS fetch\nRUN wget -q https://x\nFROM debian\nCOPY --from=fetch /x /x\nRUN curl -O https://y\n",
           {}},
      });
}
