#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP033 wget-without-progress: cases", "[rules][BP033]") {
  check_rule_cases("BP033",
                   {
                       {"plain wget",
                        "FROM debian\nRUN wget https://x/y.tgz\n",
                        {{2, 5}},
                        "FROM debian\nRUN wget --progress=dot:giga https://x/y.tgz\n"},
                       {"-O is not quiet",
                        "FROM debian\nRUN wget -O /tmp/y https://x/y && tar -xf /tmp/y\n",
                        {{2, 5}},
                        "FROM debian\nRUN wget --progress=dot:giga -O /tmp/y https://x/y && tar -xf /tmp/y\n"},
                       {"continuation",
                        "FROM debian\nRUN set -e; \\\n    wget \\\n      https://x/y\n",
                        {{3, 5}},
                        "FROM debian\nRUN set -e; \\\n    wget --progress=dot:giga \\\n      https://x/y\n"},
                       {"ONBUILD RUN",
                        "FROM debian\nONBUILD RUN wget https://x\n",
                        {{2, 13}},
                        "FROM debian\nONBUILD RUN wget --progress=dot:giga https://x\n"},
                       {"BusyBox wget on Alpine", "FROM alpine:3.20\nRUN wget https://x\n", {}},
                       {"GNU wget installed on Alpine",
                        "FROM alpine:3.20\nRUN apk add --no-cache wget && wget https://x\n",
                        {{2, 32}},
                        "FROM alpine:3.20\nRUN apk add --no-cache wget && wget --progress=dot:giga https://x\n"},
                       {"exec form gets no fix",
                        "FROM debian\nRUN [\"wget\", \"https://x\"]\n",
                        {{2, 6}},
                        "FROM debian\nRUN [\"wget\", \"https://x\"]\n"},
                       {"-q", "FROM debian\nRUN wget -q https://x\n", {}},
                       {"bundled -qO-", "FROM debian\nRUN wget -qO- https://x | sh\n", {}},
                       {"-nv", "FROM debian\nRUN wget -nv https://x\n", {}},
                       {"--progress", "FROM debian\nRUN wget --progress=dot:mega https://x\n", {}},
                       {"--no-verbose", "FROM debian\nRUN wget --no-verbose https://x\n", {}},
                       {"log file", "FROM debian\nRUN wget -o /tmp/log https://x\n", {}},
                   });
}
