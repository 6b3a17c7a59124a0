#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP028 zypper-missing-non-interactive: reported cases", "[rules][BP028]") {
  check_rule_cases("BP028", {
                                {"install",
                                 "FROM opensuse/leap\nRUN zypper install curl\n",
                                 {{2, 12}},
                                 "FROM opensuse/leap\nRUN zypper -n install curl\n"},
                                {"after refresh",
                                 "FROM opensuse/leap\nRUN zypper ref && zypper up\n",
                                 {{2, 26}},
                                 "FROM opensuse/leap\nRUN zypper ref && zypper -n up\n"},
                                {"ONBUILD RUN",
                                 "FROM opensuse/leap\nONBUILD RUN zypper rm vim\n",
                                 {{2, 20}},
                                 "FROM opensuse/leap\nONBUILD RUN zypper -n rm vim\n"},
                                {"heredoc",
                                 "FROM opensuse/leap\nRUN <<EOF\nzypper in vim\nEOF\n",
                                 {{3, 8}},
                                 "FROM opensuse/leap\nRUN <<EOF\nzypper -n in vim\nEOF\n"},
                            });
}

TEST_CASE("BP028 zypper-missing-non-interactive: silent cases", "[rules][BP028]") {
  check_rule_cases("BP028", {
                                {"-n", "FROM opensuse/leap\nRUN zypper -n install curl\n", {}},
                                {"--non-interactive", "FROM opensuse/leap\nRUN zypper --non-interactive in curl\n", {}},
                                {"-y after the subcommand", "FROM opensuse/leap\nRUN zypper in -y curl\n", {}},
                                {"--no-confirm", "FROM opensuse/leap\nRUN zypper rm --no-confirm vim\n", {}},
                                {"refresh does not ask", "FROM opensuse/leap\nRUN zypper ref && zypper clean\n", {}},
                            });
}
