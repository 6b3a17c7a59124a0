#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR009 shell-syntax-error", "[rules][COR009]") {
  check_rule_cases("COR009",
                   {
                       {"unclosed quote", "FROM alpine:3.19\nRUN echo \"oops\n", {{2, 10}}},
                       {"if without fi", "FROM alpine:3.19\nRUN if true; then echo x\n", {{2, 25}}},
                       {"in an ONBUILD trigger", "FROM alpine:3.19\nONBUILD RUN echo a; )\n", {{2, 21}}},
                       {"fine shell", "FROM alpine:3.19\nRUN if true; then echo x; fi\nCMD [\"sh\"]\n", {}},
                       {"Windows images run cmd by default",
                        "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN (for %i in (a) do echo %i)\n",
                        {}},
                       {"PowerShell is not checked",
                        "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\n"
                        "RUN Write-Host (Get-Date\n",
                        {}},
                   });
}

TEST_CASE("COR010 unknown-rule-in-suppression", "[rules][COR010]") {
  check_rule_cases(
      "COR010", {
                    {"typo in a hadolint code", "FROM debian:12\n# hadolint ignore=DL3O08\nRUN echo\n", {{2, 19}}},
                    {"hadolint codes without a dlint rule yet are accepted",
                     "FROM debian:12\n# hadolint ignore=DL3059,DL3013\nRUN echo\n",
                     {}},
                    {"second name unknown", "FROM debian:12\n# dlint ignore=COR001,nope\nRUN echo\n", {{2, 23}}},
                    {"file-wide", "# dlint ignore-file=XYZ999\nFROM debian:12\n", {{1, 21}}},
                    {"known names and ShellCheck codes",
                     "FROM debian:12\n# hadolint ignore=SC2086,COR001\nRUN echo\n# dlint ignore=syntax-error\nRUN x\n",
                     {}},
                    {"ordinary comments", "FROM debian:12\n# ignore this: dlint is great\nRUN echo\n", {}},
                });
}
