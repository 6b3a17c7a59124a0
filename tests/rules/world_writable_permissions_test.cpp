#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC013 world-writable-permissions: reported cases", "[rules][SEC013]") {
  check_rule_cases(
      "SEC013", {
                    {"chmod 777", "FROM debian\nRUN mkdir /data && chmod 777 /data\n", {{2, 26}}},
                    {"chmod -R 0666", "FROM debian\nRUN chmod -R 0666 /app\n", {{2, 14}}},
                    {"symbolic o+w", "FROM debian\nRUN chmod o+w /app\n", {{2, 11}}},
                    {"symbolic a=rwx in a list", "FROM debian\nRUN chmod u+x,a=rwx /app\n", {{2, 11}}},
                    {"mkdir -m", "FROM debian\nRUN mkdir -p -m 777 /data\n", {{2, 17}}},
                    {"install --mode=", "FROM debian\nRUN install --mode=0777 x /usr/local/bin/x\n", {{2, 13}}},
                    {"COPY --chmod", "FROM debian\nCOPY --chmod=777 app /app\n", {{2, 14}}},
                    {"ADD --chmod", "FROM debian\nADD --chmod=666 conf /etc/conf\n", {{2, 13}}},
                    {"sudo chmod in a continuation", "FROM debian\nRUN set -e; \\\n  sudo chmod 777 /x\n", {{3, 14}}},
                    {"heredoc", "FROM debian\nRUN <<EOF\nchmod 777 /x\nEOF\n", {{3, 7}}},
                    {"ONBUILD RUN", "FROM debian\nONBUILD RUN chmod 777 /x\n", {{2, 19}}},
                });
}

TEST_CASE("SEC013 world-writable-permissions: silent cases", "[rules][SEC013]") {
  check_rule_cases(
      "SEC013",
      {
          {"owner and group only", "FROM debian\nRUN chmod 775 /data && chmod g+w /data && chmod 0644 /f\n", {}},
          {"sticky bit, as on /tmp", "FROM debian\nRUN chmod 1777 /tmp/x && chmod a+rwxt /y\n", {}},
          {"removing write access", "FROM debian\nRUN chmod o-w /x && chmod -w /y\n", {}},
          {"no who follows the umask", "FROM debian\nRUN chmod +w /x\n", {}},
          {"a variable mode", "FROM debian\nRUN chmod $MODE /x\n", {}},
          {"--reference", "FROM debian\nRUN chmod --reference=/a /b\n", {}},
          {"a temporary directory removed later in the RUN",
           "FROM debian\nRUN tmp=\"$(mktemp -d)\" && chmod 777 \"$tmp\" && make -C \"$tmp\" && rm -rf \"$tmp\"\n",
           {}},
          {"COPY --chmod=755", "FROM debian\nCOPY --chmod=755 app /app\n", {}},
          {"a build stage used only through COPY --from",
           "FROM debian AS b\nRUN chmod 777 /x\nFROM scratch\nCOPY --from=b /x /x\n",
           {}},
      });
}
