#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP037 copy-archive-then-extract: cases", "[rules][BP037]") {
  check_rule_cases(
      "BP037",
      {
          {"tar -xzf", "FROM debian\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n", {{2, 6}}},
          {"old-style bundle", "FROM debian\nCOPY dist/app.tgz /tmp/\nRUN cd /tmp && tar xzf app.tgz\n", {{2, 6}}},
          {"--extract --file=", "FROM debian\nCOPY a.tar.xz /a.tar.xz\nRUN tar --extract --file=/a.tar.xz\n", {{2, 6}}},
          {"continuation", "FROM debian\nCOPY app.tar /tmp/\nRUN set -e; \\\n    tar -xf /tmp/app.tar\n", {{2, 6}}},
          {"ONBUILD RUN extracting", "FROM debian\nCOPY app.tar /tmp/\nONBUILD RUN tar -xf /tmp/app.tar\n", {{2, 6}}},
          {"creating an archive", "FROM debian\nCOPY app.tar /tmp/\nRUN tar -cf /tmp/app.tar /opt\n", {}},
          {"another file", "FROM debian\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/other.tar.gz\n", {}},
          {"COPY --from a stage",
           "FROM debian AS b\nFROM debian\nCOPY --from=b /x.tgz /tmp/\nRUN tar -xzf /tmp/x.tgz\n",
           {}},
          {"ADD already", "FROM debian\nADD app.tar.gz /opt/\n", {}},
          {"zip is not extracted by ADD", "FROM debian\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip\n", {}},
          {"extracted in another stage",
           "FROM debian AS a\nCOPY app.tgz /tmp/\nFROM debian\nRUN tar -xzf /tmp/app.tgz\n",
           {}},
      });
}
