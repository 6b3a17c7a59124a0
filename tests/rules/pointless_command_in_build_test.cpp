#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP032 pointless-command-in-build: cases", "[rules][BP032]") {
  check_rule_cases(
      "BP032",
      {
          {"service start", "FROM debian\nRUN service nginx start\n", {{2, 5}}},
          {"after sudo, in a chain", "FROM debian\nRUN make && sudo systemctl restart x\n", {{2, 18}}},
          {"systemctl enable persists", "FROM debian\nRUN systemctl enable x && systemctl set-default y\n", {}},
          {"service without start", "FROM debian\nRUN service --status-all\n", {}},
          {"version queries", "FROM debian\nRUN mount --version && ssh -V\n", {}},
          {"ps and top", "FROM debian\nRUN ps aux; top -b -n1\n", {{2, 5}, {2, 13}}},
          {"ONBUILD RUN", "FROM debian\nONBUILD RUN vim /etc/x\n", {{2, 13}}},
          {"heredoc", "FROM debian\nRUN <<EOF\nshutdown -h now\nEOF\n", {{3, 1}}},
          {"installing is not running", "FROM debian\nRUN apt-get install -y vim procps\n", {}},
          {"command -v looks up only", "FROM debian\nRUN command -v ps\n", {}},
          {"an argument named like one", "FROM debian\nRUN echo kill && grep ps file\n", {}},
      });
}
