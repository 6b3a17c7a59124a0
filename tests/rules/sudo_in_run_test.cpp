#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC004 sudo-in-run: reported cases", "[rules][SEC004]") {
  check_rule_cases(
      "SEC004",
      {
          {"sudo", "FROM debian:12\nRUN sudo apt-get update\n", {{2, 5}}},
          {"behind env and after &&", "FROM debian:12\nRUN make && env HOME=/x sudo -u app make install\n", {{2, 25}}},
          {"doas", "FROM alpine:3.20\nRUN doas apk add curl\n", {{2, 5}}},
          {"inside a substitution", "FROM debian:12\nRUN X=$(sudo cat /etc/shadow) && echo $X\n", {{2, 9}}},
          {"heredoc RUN", "FROM debian:12\nRUN <<EOF\nsudo make install\nEOF\n", {{3, 1}}},
          {"ONBUILD RUN", "FROM debian:12\nONBUILD RUN sudo make install\n", {{2, 13}}},
          {"exec form", "FROM debian:12\nRUN [\"sudo\", \"make\", \"install\"]\n", {{2, 6}}},
          {"a path to sudo", "FROM debian:12\nRUN /usr/bin/sudo make\n", {{2, 5}}},
      });
}

TEST_CASE("SEC004 sudo-in-run: silent cases", "[rules][SEC004]") {
  check_rule_cases(
      "SEC004", {
                    {"the word sudo as an argument", "FROM debian:12\nRUN echo sudo && apt-get install -y sudo\n", {}},
                    {"looking sudo up", "FROM debian:12\nRUN command -v sudo\n", {}},
                    {"gosu", "FROM debian:12\nRUN gosu app make\n", {}},
                    {"CMD is not a RUN", "FROM debian:12\nCMD sudo -u app ./run\n", {}},
                });
}
