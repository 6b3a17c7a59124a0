// The rules that read a .dockerignore's own patterns: COR141, COR142, BP141, BP142.
#include <catch2/catch.hpp>

#include "support/context_rule_tester.hpp"

using dlint::testing::check_context_rule_cases;

TEST_CASE("COR141 invalid-ignore-pattern", "[rules][COR141][context]") {
  check_context_rule_cases(
      "COR141",
      {
          {"an unclosed class, a lone '!', a trailing backslash",
           {{"app/.dockerignore", "# build output\nlogs/[0-9\n  !  \ndist\nfoo\\\n"}},
           "app/.dockerignore",
           {{2, 1, {"`logs/[0-9`", "not closed"}}, {3, 3, {"illegal exclusion pattern"}}, {5, 1, {"lone '\\'"}}}},
          {"valid patterns",
           {{"app/.dockerignore", "logs/[0-9]*\n!keep\n\\[literal\n**/*.tmp\n"}},
           "app/.dockerignore"},
          {"after a byte order mark and with CRLF",
           {{"app/.dockerignore", "\xEF\xBB\xBF# comment\r\n[\r\n"}},
           "app/.dockerignore",
           {{2, 1}}},
          {"read from stdin: patterns are still checked",
           {{"app/.dockerignore", "[\n"}},
           "app/.dockerignore",
           {{1, 1}},
           std::nullopt,
           {},
           {},
           std::nullopt,
           true},
      });
}

TEST_CASE("COR142 ignore-pattern-never-matches", "[rules][COR142][context]") {
  check_context_rule_cases("COR142", {
                                         {"outside the context, the root, an indented comment",
                                          {{"app/.dockerignore", "../secrets\n.\n/\n   # not a comment\n./\nsrc/..\n"}},
                                          "app/.dockerignore",
                                          {{1, 1, {"outside the build context"}},
                                           {2, 1, {"context root"}},
                                           {3, 1, {"`/`"}},
                                           {4, 4, {"not a comment"}},
                                           {5, 1},
                                           {6, 1}}},
                                         {"ordinary patterns and a real comment",
                                          {{"app/.dockerignore", "# comment\n.git\n!README.md\n**/..x\n"}},
                                          "app/.dockerignore"},
                                     });
}

TEST_CASE("BP141 ignore-pattern-matches-nothing", "[rules][BP141][context]") {
  check_context_rule_cases(
      "BP141", {
                   {"a typo and a path relative to the wrong directory",
                    {{"app/.dockerignore", "buid\nweb/static\nstatic\n"}, {"app/build/x", "x"}, {"app/static/y", "y"}},
                    "app/.dockerignore",
                    {{1, 1, {"`buid` matches nothing in `app`"}}, {2, 1}}},
                   {"matches, wildcards, defensive entries, things inside excluded directories",
                    {{"app/.dockerignore", "build\n*.log\nnode_modules\n.env\ntarget/\nbuild/cache\n!build/keep\n"},
                     {"app/build/cache/a", "a"},
                     {"app/build/keep", "k"}},
                    "app/.dockerignore"},
                   {"a pattern below a directory that was not walked",
                    {{"app/.dockerignore", "vendor\nvendor/lib/x\n"}, {"app/vendor/lib/x", "x"}},
                    "app/.dockerignore"},
                   {"without a file system nothing is known",
                    {{"app/.dockerignore", "buid\n"}},
                    "app/.dockerignore",
                    {},
                    std::nullopt,
                    {},
                    {},
                    std::nullopt,
                    true},
               });
}

TEST_CASE("BP142 duplicate-ignore-pattern", "[rules][BP142][context]") {
  check_context_rule_cases(
      "BP142", {
                   {"the same pattern spelled three ways",
                    {{"app/.dockerignore", "node_modules\n.git\n/node_modules/\n./node_modules\n"}},
                    "app/.dockerignore",
                    {{3, 1, {"repeats `node_modules` from line 1"}}, {4, 1, {"repeats `/node_modules/` from line 3"}}},
                    std::string("node_modules\n.git\n")},
                   {"CRLF and a last line without newline",
                    {{"app/.dockerignore", "a\r\nb\r\na"}},
                    "app/.dockerignore",
                    {{3, 1}},
                    std::string("a\r\nb\r\n")},
                   {"a re-inclusion in between gives the repeat a meaning",
                    {{"app/.dockerignore", "docs\n!docs/keep\ndocs\n"}},
                    "app/.dockerignore"},
                   {"an exclusion and its re-inclusion are not duplicates",
                    {{"app/.dockerignore", "a\n!a\n"}},
                    "app/.dockerignore"},
               });
}

TEST_CASE("suppression comments in a .dockerignore", "[rules][BP141][context][suppression]") {
  check_context_rule_cases(
      "BP141", {
                   {"`# dlint ignore=` silences the next pattern line only",
                    {{"app/.dockerignore", "# dlint ignore=BP141\nbuid\nweb/static\n"}},
                    "app/.dockerignore",
                    {{3, 1}}},
                   {"by rule name, and file-wide",
                    {{"app/.dockerignore", "buid\n# dlint ignore-file=ignore-pattern-matches-nothing\nweb/static\n"}},
                    "app/.dockerignore"},
                   {"an indented comment is a pattern, not a suppression",
                    {{"app/.dockerignore", "  # dlint ignore=BP141\nbuid\n"}},
                    "app/.dockerignore",
                    {{2, 1}}},
               });
}
