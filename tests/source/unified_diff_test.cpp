#include "source/unified_diff.hpp"

#include <catch2/catch.hpp>

using dlint::unified_diff;

TEST_CASE("unified diff: equal texts give nothing; a change gets three lines of context", "[diff]") {
  CHECK(unified_diff("a\nb\n", "a\nb\n", "f").empty());
  std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
  std::string after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
  CHECK(unified_diff(before, after, "f") == "--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST_CASE("unified diff: distant changes are separate hunks, near ones merge", "[diff]") {
  std::string before;
  for (int i = 1; i <= 20; ++i) before += std::to_string(i) + "\n";
  std::string after = before;
  after.replace(after.find("2\n"), 2, "two\n");
  after.replace(after.find("\n18\n") + 1, 3, "eighteen\n");
  CHECK(unified_diff(before, after, "f") ==
        "--- a/f\n+++ b/f\n"
        "@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"
        "@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n");
  std::string near = before;
  near.replace(near.find("2\n"), 2, "two\n");
  near.replace(near.find("\n8\n") + 1, 2, "eight\n");
  CHECK(unified_diff(before, near, "f").find("@@ -1,11 +1,11 @@\n") != std::string::npos);
}

TEST_CASE("unified diff: insertions, deletions and a missing final newline", "[diff]") {
  CHECK(unified_diff("a\nc\n", "a\nb\nc\n", "f") == "--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n+b\n c\n");
  CHECK(unified_diff("a\nb\n", "a\n", "f") == "--- a/f\n+++ b/f\n@@ -1,2 +1 @@\n a\n-b\n");
  CHECK(unified_diff("a", "b", "f") ==
        "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n");
  CHECK(unified_diff("", "x\n", "f") == "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n");
}
