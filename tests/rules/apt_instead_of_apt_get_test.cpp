#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP016 apt-instead-of-apt-get: reported cases", "[rules][BP016]") {
  check_rule_cases("BP016", {
                                {"apt update and install",
                                 "FROM debian:12\nRUN apt update && apt install -y curl\n",
                                 {{2, 5}, {2, 19}},
                                 "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"},
                                {"a path to apt",
                                 "FROM debian:12\nRUN /usr/bin/apt remove -y vim\n",
                                 {{2, 5}},
                                 "FROM debian:12\nRUN /usr/bin/apt-get remove -y vim\n"},
                                {"through sudo",
                                 "FROM debian:12\nRUN sudo apt purge -y vim\n",
                                 {{2, 10}},
                                 "FROM debian:12\nRUN sudo apt-get purge -y vim\n"},
                                {"apt upgrade gets no fix",
                                 "FROM debian:12\nRUN apt upgrade -y\n",
                                 {{2, 5}},
                                 "FROM debian:12\nRUN apt upgrade -y\n"},
                                {"apt list gets no fix",
                                 "FROM debian:12\nRUN apt list --installed\n",
                                 {{2, 5}},
                                 "FROM debian:12\nRUN apt list --installed\n"},
                                {"a quoted program gets no fix",
                                 "FROM debian:12\nRUN 'apt' install -y curl\n",
                                 {{2, 5}},
                                 "FROM debian:12\nRUN 'apt' install -y curl\n"},
                                {"heredoc RUN",
                                 "FROM debian:12\nRUN <<EOF\napt-get update\napt install -y curl\nEOF\n",
                                 {{4, 1}},
                                 "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n"},
                                {"ONBUILD RUN",
                                 "FROM debian:12\nONBUILD RUN apt install -y curl\n",
                                 {{2, 13}},
                                 "FROM debian:12\nONBUILD RUN apt-get install -y curl\n"},
                                {"exec form gets no fix",
                                 "FROM debian:12\nRUN [\"apt\", \"install\", \"-y\", \"curl\"]\n",
                                 {{2, 6}},
                                 "FROM debian:12\nRUN [\"apt\", \"install\", \"-y\", \"curl\"]\n"},
                            });
}

TEST_CASE("BP016 apt-instead-of-apt-get: silent cases", "[rules][BP016]") {
  check_rule_cases("BP016",
                   {
                       {"apt-get", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n", {}},
                       {"apt-cache and apt-key", "FROM debian:12\nRUN apt-cache policy curl && apt-key list\n", {}},
                       {"apt as an argument", "FROM debian:12\nRUN echo apt && ls /etc/apt\n", {}},
                   });
}
