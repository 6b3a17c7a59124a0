#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP012 apt-get-update-alone: reported cases", "[rules][BP012]") {
  check_rule_cases(
      "BP012",
      {
          {"update in its own RUN", "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n", {{2, 13}}},
          {"apt update", "FROM debian:12\nRUN apt update\n", {{2, 9}}},
          {"update followed by commands that install nothing",
           "FROM debian:12\nRUN apt-get update && apt-get clean && echo done\n",
           {{2, 13}}},
          {"options around the subcommand, through sudo",
           "FROM debian:12\nRUN sudo apt-get -q update -o Acquire::Retries=3\n",
           {{2, 21}}},
          {"heredoc RUN", "FROM debian:12\nRUN <<EOF\nset -e\napt-get update\nEOF\n", {{4, 9}}},
          {"ONBUILD RUN", "FROM debian:12\nONBUILD RUN apt-get update\n", {{2, 21}}},
          {"each stage on its own",
           "FROM debian:12 AS a\nRUN apt-get update\nFROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
           {{2, 13}}},
          {"exec form", "FROM debian:12\nRUN [\"apt-get\", \"update\"]\n", {{2, 17}}},
      });
}

TEST_CASE("BP012 apt-get-update-alone: silent cases", "[rules][BP012]") {
  check_rule_cases(
      "BP012",
      {
          {"update and install together", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n", {}},
          {"update and install over continuations",
           "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n    curl\n",
           {}},
          {"update and upgrade", "FROM debian:12\nRUN apt-get update && apt-get dist-upgrade -y\n", {}},
          {"install fed by xargs", "FROM debian:12\nRUN apt-get update && xargs apt-get install -y < /tmp/pkgs\n", {}},
          {"a local script may install", "FROM debian:12\nRUN apt-get update && ./install-deps.sh\n", {}},
          {"a script run by a shell may install", "FROM debian:12\nRUN apt-get update && bash /tmp/setup\n", {}},
          {"a piped installer may install",
           "FROM debian:12\nRUN apt-get update && curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\n",
           {}},
          {"install without update is another matter", "FROM debian:12\nRUN apt-get install -y curl\n", {}},
          {"heredoc with both", "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n", {}},
          {"apk update is not apt", "FROM alpine:3.20\nRUN apk update\n", {}},
      });
}
