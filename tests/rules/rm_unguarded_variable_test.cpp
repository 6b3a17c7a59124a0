#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR021 rm-unguarded-variable: cases", "[rules][COR021]") {
  check_rule_cases(
      "COR021",
      {
          {"ARG without a default", "FROM debian\nARG PREFIX\nRUN rm -rf $PREFIX/share/doc\n", {{3, 12}}},
          {"unknown variable, braces, glob", "FROM debian\nRUN rm -rf ${BUILD_DIR}/*\n", {{2, 12}}},
          {"quoted variable is just as empty", "FROM debian\nRUN rm -r \"$DIR\"/lib\n", {{2, 11}}},
          {"ONBUILD RUN", "FROM debian\nONBUILD RUN rm -rf $X/y\n", {{2, 20}}},
          {"continuation", "FROM debian\nRUN set -e; \\\n    rm -rf \\\n      $OUT/tmp\n", {{4, 7}}},
          {"${VAR:?}", "FROM debian\nRUN rm -rf \"${PREFIX:?}\"/share/doc\n", {}},
          {"${VAR:-default}", "FROM debian\nRUN rm -rf ${PREFIX:-/opt}/share\n", {}},
          {"set by ENV", "FROM debian\nENV PREFIX=/opt/app\nRUN rm -rf $PREFIX/share/doc\n", {}},
          {"ARG default", "FROM debian\nARG PREFIX=/opt\nRUN rm -rf $PREFIX/share\n", {}},
          {"ARG with an empty default", "FROM debian\nARG PREFIX=\"\"\nRUN rm -rf $PREFIX/share\n", {{3, 12}}},
          {"assigned in the script", "FROM debian\nRUN D=$(mktemp -d) && rm -rf $D/x\n", {}},
          {"HOME is always set", "FROM debian\nRUN rm -rf $HOME/.cache\n", {}},
          {"not recursive", "FROM debian\nRUN rm -f $X/file\n", {}},
          {"variable not at the start", "FROM debian\nRUN rm -rf /opt/$X/cache\n", {}},
          {"the variable alone", "FROM debian\nRUN rm -rf $X\n", {}},
          {"inside a loop", "FROM debian\nRUN for d in a b; do rm -rf $d/cache; done\n", {}},
      });
}
