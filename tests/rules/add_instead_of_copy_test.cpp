#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP005 add-instead-of-copy: reported cases", "[rules][BP005]") {
  check_rule_cases(
      "BP005",
      {
          {"local file", "FROM alpine:3.20\nADD app.py /app/\n", {{2, 1}}, "FROM alpine:3.20\nCOPY app.py /app/\n"},
          {"lower-case keyword keeps its case",
           "from alpine:3.20\nadd . /app\n",
           {{2, 1}},
           "from alpine:3.20\ncopy . /app\n"},
          {"capitalized keyword", "FROM alpine:3.20\nAdd . /app\n", {{2, 1}}, "FROM alpine:3.20\nCopy . /app\n"},
          {"indented, with flags COPY has too",
           "FROM alpine:3.20\n  ADD --chown=app:app --chmod=755 run.sh /usr/local/bin/\n",
           {{2, 3}},
           "FROM alpine:3.20\n  COPY --chown=app:app --chmod=755 run.sh /usr/local/bin/\n"},
          {"continuation",
           "FROM alpine:3.20\nADD \\\n  a.txt \\\n  b.txt /dst/\n",
           {{2, 1}},
           "FROM alpine:3.20\nCOPY \\\n  a.txt \\\n  b.txt /dst/\n"},
          {"JSON form",
           "FROM alpine:3.20\nADD [\"a b.txt\", \"/dst/\"]\n",
           {{2, 1}},
           "FROM alpine:3.20\nCOPY [\"a b.txt\", \"/dst/\"]\n"},
          {"zip is not unpacked",
           "FROM alpine:3.20\nADD site.zip /srv/\n",
           {{2, 1}},
           "FROM alpine:3.20\nCOPY site.zip /srv/\n"},
          {"ONBUILD ADD",
           "FROM alpine:3.20\nONBUILD ADD . /app\n",
           {{2, 9}},
           "FROM alpine:3.20\nONBUILD COPY . /app\n"},
          {"every stage",
           "FROM alpine:3.20 AS a\nADD a /a\nFROM alpine:3.20\nADD b /b\n",
           {{2, 1}, {4, 1}},
           "FROM alpine:3.20 AS a\nCOPY a /a\nFROM alpine:3.20\nCOPY b /b\n"},
      });
}

TEST_CASE("BP005 add-instead-of-copy: silent cases", "[rules][BP005]") {
  check_rule_cases(
      "BP005", {
                   {"COPY", "FROM alpine:3.20\nCOPY app.py /app/\n", {}},
                   {"tar.gz archive", "FROM alpine:3.20\nADD rootfs.tar.gz /\n", {}},
                   {"tgz archive", "FROM alpine:3.20\nadd rootfs.tgz /\n", {}},
                   {"tar.xz archive", "FROM alpine:3.20\nADD rootfs.tar.xz /\n", {}},
                   {"tar archive among other sources", "FROM alpine:3.20\nADD a.txt b.tar /dst/\n", {}},
                   {"URL", "FROM alpine:3.20\nADD https://example.com/a.txt /a.txt\n", {}},
                   {"git repository", "FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\n", {}},
                   {"git over https", "FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.14.0 /src\n", {}},
                   {"variable source", "FROM alpine:3.20\nARG SRC=a.tar\nADD ${SRC} /dst/\n", {}},
                   {"ADD-only flag", "FROM alpine:3.20\nADD --keep-git-dir=true repo /src\n", {}},
               });
}
