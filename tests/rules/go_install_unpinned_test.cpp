#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP024 go-install-unpinned: reported cases", "[rules][BP024]") {
  check_rule_cases(
      "BP024", {
                   {"@latest", "FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest\n", {{2, 16}}},
                   {"no version", "FROM golang:1.22\nRUN go install github.com/go-delve/delve/cmd/dlv\n", {{2, 16}}},
                   {"Go-style single-dash options",
                    "FROM golang:1.22\nRUN go install -ldflags '-s -w' honnef.co/go/tools/cmd/staticcheck\n",
                    {{2, 33}}},
                   {"ARG version resolved to latest",
                    "FROM golang:1.22\nARG V=latest\nRUN go install golang.org/x/tools/gopls@${V}\n",
                    {{3, 16}}},
                   {"ONBUILD RUN", "FROM golang:1.22\nONBUILD RUN go install github.com/a/b@latest\n", {{2, 24}}},
               });
}

TEST_CASE("BP024 go-install-unpinned: the hint drops the tag", "[rules][BP024]") {
  auto findings =
      dlint::testing::run_rule("BP024", "FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("`golang.org/x/tools/gopls@<version>`") != std::string::npos);
}

TEST_CASE("BP024 go-install-unpinned: silent cases", "[rules][BP024]") {
  check_rule_cases(
      "BP024",
      {
          {"a version", "FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.16.1\n", {}},
          {"an ARG version", "FROM golang:1.22\nARG V=v0.16.1\nRUN go install golang.org/x/tools/gopls@${V}\n", {}},
          {"packages of the module being built",
           "FROM golang:1.22\nRUN go install ./... && go install ./cmd/app\n",
           {}},
          {"standard library commands", "FROM golang:1.22\nRUN go install cmd/cover\n", {}},
          {"go get is not go install", "FROM golang:1.22\nRUN go get github.com/a/b\n", {}},
          {"go build", "FROM golang:1.22\nRUN go build -o /app ./cmd/app\n", {}},
      });
}
