#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP006 add-remote-url: reported cases", "[rules][BP006]") {
  check_rule_cases(
      "BP006",
      {
          {"https URL", "FROM alpine:3.20\nADD https://example.com/tool.tar.gz /tmp/\n", {{2, 5}}},
          {"http URL, lower-case keyword", "from alpine:3.20\nadd http://example.com/a.txt /a.txt\n", {{2, 5}}},
          {"after other flags", "FROM alpine:3.20\nADD --chmod=755 https://example.com/run.sh /run.sh\n", {{2, 17}}},
          {"continuation", "FROM alpine:3.20\nADD \\\n    https://example.com/a \\\n    /a\n", {{3, 5}}},
          {"several URLs", "FROM alpine:3.20\nADD https://a.example/1 https://b.example/2 /d/\n", {{2, 5}, {2, 25}}},
          {"ONBUILD ADD", "FROM alpine:3.20\nONBUILD ADD https://example.com/a /a\n", {{2, 13}}},
          {"upper-case scheme", "FROM alpine:3.20\nADD HTTPS://example.com/a /a\n", {{2, 5}}},
      });
}

TEST_CASE("BP006 add-remote-url: silent cases", "[rules][BP006]") {
  check_rule_cases(
      "BP006",
      {
          {"with --checksum",
           "FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d "
           "https://example.com/a /a\n",
           {}},
          {"local file", "FROM alpine:3.20\nADD a.tar.gz /\n", {}},
          {"git repository over https",
           "FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.14.0 /src\n",
           {}},
          {"git repository with a query",
           "FROM alpine:3.20\nADD https://github.com/mvdan/sh.git?ref=v3.8.0&keep-git-dir=1 /src\n",
           {}},
          {"COPY of a path that looks like a URL", "FROM alpine:3.20\nCOPY http:/x /x\n", {}},
          {"URL from a variable", "FROM alpine:3.20\nARG URL=https://example.com/a\nADD ${URL} /a\n", {}},
      });
}
