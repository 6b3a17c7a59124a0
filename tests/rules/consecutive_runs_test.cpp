#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP036 consecutive-runs: cases", "[rules][BP036]") {
  check_rule_cases("BP036",
                   {
                       {"two short RUNs", "FROM debian\nRUN mkdir /app\nRUN chown app /app\n", {{3, 1}}},
                       {"a comment between",
                        "FROM debian\nRUN mkdir /app\n# then\nRUN chown app /app && chmod 755 /app\n",
                        {{4, 1}}},
                       {"three in a row", "FROM debian\nRUN a\nRUN b\nRUN c\n", {{3, 1}, {4, 1}}},
                       {"another instruction between", "FROM debian\nRUN mkdir /app\nWORKDIR /app\nRUN touch x\n", {}},
                       {"different flags",
                        "FROM debian\nRUN mkdir /app\nRUN --mount=type=cache,target=/root/.cache pip install x\n",
                        {}},
                       {"a long RUN", "FROM debian\nRUN a && b && c\nRUN d\n", {}},
                       {"heredoc RUN", "FROM debian\nRUN a\nRUN <<EOF\nb\nEOF\n", {}},
                       {"exec form", "FROM debian\nRUN a\nRUN [\"b\"]\n", {}},
                       {"build stages are left alone",
                        "FROM debian AS build\nRUN a\nRUN b\nFROM scratch\nCOPY --from=build /x /x\n",
                        {}},
                       {"ONBUILD RUNs are other instructions", "FROM debian\nONBUILD RUN a\nONBUILD RUN b\n", {}},
                   });
}
