#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP035 relink-bin-sh: cases", "[rules][BP035]") {
  check_rule_cases("BP035", {
                                {"ln -sf", "FROM debian\nRUN ln -sf /bin/bash /bin/sh\n", {{2, 22}}},
                                {"ln -s -f, /usr/bin/sh", "FROM debian\nRUN ln -s -f bash /usr/bin/sh\n", {{2, 19}}},
                                {"after rm", "FROM debian\nRUN rm /bin/sh && ln -s /bin/bash /bin/sh\n", {{2, 35}}},
                                {"ONBUILD RUN", "FROM debian\nONBUILD RUN ln -sf /bin/bash /bin/sh\n", {{2, 30}}},
                                {"linking from /bin/sh", "FROM debian\nRUN ln -s /bin/sh /usr/local/bin/sh2\n", {}},
                                {"creating /bin/sh in a scratch image",
                                 "FROM scratch\nCOPY --from=busybox:musl /bin /busybox\nRUN [\"/busybox/ln\", \"-s\", "
                                 "\"/busybox/sh\", \"/bin/sh\"]\n",
                                 {}},
                                {"other links", "FROM debian\nRUN ln -sf /usr/bin/python3 /usr/bin/python\n", {}},
                            });
}
