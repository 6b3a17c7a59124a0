#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SIZE013 useradd-without-no-log-init: cases", "[rules][SIZE013]") {
  check_rule_cases("SIZE013",
                   {
                       {"large UID",
                        "FROM debian\nRUN useradd -u 1000000 app\n",
                        {{2, 16}},
                        "FROM debian\nRUN useradd -l -u 1000000 app\n"},
                       {"--uid=",
                        "FROM debian\nRUN useradd --uid=123456 -m app\n",
                        {{2, 13}},
                        "FROM debian\nRUN useradd -l --uid=123456 -m app\n"},
                       {"after other options",
                        "FROM debian\nRUN groupadd -g 99999 g && useradd -m -g g -u 999999 app\n",
                        {{2, 47}},
                        "FROM debian\nRUN groupadd -g 99999 g && useradd -l -m -g g -u 999999 app\n"},
                       {"ONBUILD RUN",
                        "FROM debian\nONBUILD RUN useradd -u 1000000 app\n",
                        {{2, 24}},
                        "FROM debian\nONBUILD RUN useradd -l -u 1000000 app\n"},
                       {"five digits is fine", "FROM debian\nRUN useradd -u 65534 app\n", {}},
                       {"-l given", "FROM debian\nRUN useradd -l -u 1000000 app\n", {}},
                       {"--no-log-init given", "FROM debian\nRUN useradd --no-log-init -u 1000000 app\n", {}},
                       {"bundled -lm", "FROM debian\nRUN useradd -lmu 1000000 app\n", {}},
                       {"no UID", "FROM debian\nRUN useradd -m app\n", {}},
                       {"a variable UID", "FROM debian\nRUN useradd -u $UID app\n", {}},
                   });
}
