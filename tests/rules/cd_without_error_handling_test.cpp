#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP017 cd-without-error-handling: reported cases", "[rules][BP017]") {
  check_rule_cases("BP017",
                   {
                       {"cd then ;", "FROM gcc:13\nRUN cd /src; make install\n", {{2, 5}}},
                       {"in the middle of a chain", "FROM gcc:13\nRUN make && cd /src ; make install\n", {{2, 13}}},
                       {"newline in a heredoc", "FROM gcc:13\nRUN <<EOF\ncd /src\nmake install\nEOF\n", {{3, 1}}},
                       {"inside a subshell", "FROM gcc:13\nRUN (cd /src; make) && echo done\n", {{2, 6}}},
                       {"inside a loop body", "FROM gcc:13\nRUN for d in a b; do cd /src/$d; make; done\n", {{2, 22}}},
                       {"set -e after the cd is too late", "FROM gcc:13\nRUN cd /src; set -e; make\n", {{2, 5}}},
                       {"set -e in an unrelated stage's SHELL",
                        "FROM gcc:13 AS a\nSHELL [\"/bin/bash\", \"-e\", \"-c\"]\nFROM gcc:13\nRUN cd /src; make\n",
                        {{4, 5}}},
                       {"ONBUILD RUN", "FROM gcc:13\nONBUILD RUN cd /src; make\n", {{2, 13}}},
                       {"two cds", "FROM gcc:13\nRUN cd /a; make; cd /b; make\n", {{2, 5}, {2, 18}}},
                   });
}

TEST_CASE("BP017 cd-without-error-handling: silent cases", "[rules][BP017]") {
  check_rule_cases(
      "BP017", {
                   {"joined with &&", "FROM gcc:13\nRUN cd /src && make install\n", {}},
                   {"cd || exit", "FROM gcc:13\nRUN cd /src || exit 1; make install\n", {}},
                   {"set -e first", "FROM gcc:13\nRUN set -e; cd /src; make install\n", {}},
                   {"set -eux first", "FROM gcc:13\nRUN set -eux; cd /src; make install\n", {}},
                   {"set -o errexit in a heredoc", "FROM gcc:13\nRUN <<EOF\nset -o errexit\ncd /src\nmake\nEOF\n", {}},
                   {"SHELL with -e", "FROM gcc:13\nSHELL [\"/bin/bash\", \"-e\", \"-c\"]\nRUN cd /src; make\n", {}},
                   {"SHELL with -eo pipefail",
                    "FROM gcc:13\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN cd /src; make\n",
                    {}},
                   {"SHELL -e inherited",
                    "FROM gcc:13 AS base\nSHELL [\"/bin/bash\", \"-e\", \"-c\"]\nFROM base\nRUN cd /src; make\n",
                    {}},
                   {"cd last", "FROM gcc:13\nRUN make; cd /src\n", {}},
                   {"cd at the end of a block", "FROM gcc:13\nRUN if [ -d /src ]; then cd /src; fi; make\n", {}},
                   {"cd in a substitution", "FROM gcc:13\nRUN X=$(cd /src; pwd) && echo $X\n", {}},
               });
}
