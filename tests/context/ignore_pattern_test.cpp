// Docker's .dockerignore semantics, case by case. Each table says where its cases come from:
//  [pm]   moby/patternmatcher's patternmatcher_test.go (TestMatches, the multi-pattern cases)
//  [if]   moby/patternmatcher/ignorefile's TestReadAll
//  [docs] the .dockerignore section of Docker's build-context documentation
//  [code] derived from patternmatcher.go itself (Pattern.compile / match / MatchesOrParentMatches)
//  [go]   Go's path/filepath.Match, which patternmatcher.New uses to reject malformed patterns
#include <catch2/catch.hpp>

#include "context/ignore_matcher.hpp"
#include "context/ignore_pattern.hpp"

using dlint::context::clean_path;
using dlint::context::glob_syntax_error;
using dlint::context::IgnoreMatcher;
using dlint::context::IgnorePattern;
using dlint::context::read_ignore_line;

namespace {

struct MatchCase {
  const char* pattern;
  const char* path;
  bool matches;
};

// The patterns go through ReadAll first, as they do when read from a file.
IgnoreMatcher matcher_of(std::initializer_list<const char*> lines) {
  std::vector<IgnorePattern> patterns;
  for (const char* line : lines) {
    if (auto p = read_ignore_line(line)) patterns.emplace_back(*p);
  }
  return IgnoreMatcher(std::move(patterns));
}

}  // namespace

TEST_CASE("ignore patterns match as moby/patternmatcher decides", "[context][dockerignore]") {
  const MatchCase cases[] = {
      // [pm] TestMatches (paths as a context walk produces them: relative, no trailing slash)
      {"**", "file", true},
      {"**/", "file", true},
      {"**", "dir/file", true},
      {"**/", "dir/file", true},
      {"**/**", "dir/file", true},
      {"dir/**", "dir/file", true},
      {"dir/**", "dir/dir2/file", true},
      {"**/dir", "dir", true},
      {"**/dir", "dir/file", true},
      {"**/dir2/*", "dir/dir2/file", true},
      {"**/dir2/**", "dir/dir2/dir3/file", true},
      {"**file", "file", true},
      {"**file", "dir/file", true},
      {"**/file", "dir/file", true},
      {"**file", "dir/dir/file", true},
      {"**/file", "dir/dir/file", true},
      {"**/file*", "dir/dir/file", true},
      {"**/file*", "dir/dir/file.txt", true},
      {"**/file*txt", "dir/dir/file.txt", true},
      {"**/file*.txt", "dir/dir/file.txt", true},
      {"**/file*.txt*", "dir/dir/file.txt", true},
      {"**/**/*.txt", "dir/dir/file.txt", true},
      {"**/**/*.txt2", "dir/dir/file.txt", false},
      {"**/*.txt", "file.txt", true},
      {"**/**/*.txt", "file.txt", true},
      {"a**/*.txt", "a/file.txt", true},
      {"a**/*.txt", "a/dir/file.txt", true},
      {"a**/*.txt", "a/dir/dir/file.txt", true},
      {"a/*.txt", "a/dir/file.txt", false},
      {"a/*.txt", "a/file.txt", true},
      {"a/*.txt**", "a/file.txt", true},
      {"a[b-d]e", "ae", false},
      {"a[b-d]e", "ace", true},
      {"a[b-d]e", "aae", false},
      {"a[^b-d]e", "aze", true},
      {".*", ".foo", true},
      {".*", "foo", false},
      {"abc.def", "abcdef", false},
      {"abc.def", "abc.def", true},
      {"abc.def", "abcZdef", false},
      {"abc?def", "abcZdef", true},
      {"abc?def", "abcdef", false},
      {"a\\\\", "a\\", true},
      {"**/foo/bar", "foo/bar", true},
      {"**/foo/bar", "dir/foo/bar", true},
      {"**/foo/bar", "dir/dir2/foo/bar", true},
      {"abc/**", "abc", false},
      {"abc/**", "abc/def", true},
      {"abc/**", "abc/def/ghi", true},
      {"**/.foo", ".foo", true},
      {"**/.foo", "bar.foo", false},
      {"a(b)c/def", "a(b)c/def", true},
      {"a(b)c/def", "a(b)c/xyz", false},
      {"a.|)$(}+{bc", "a.|)$(}+{bc", true},
      {"dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
       "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true},
      {"dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true},
      // [docs] the examples of the .dockerignore reference
      {"*/temp*", "somedir/temporary.txt", true},
      {"*/temp*", "somedir/temp", true},
      {"*/temp*", "temp.txt", false},
      {"*/*/temp*", "somedir/subdir/temporary.txt", true},
      {"*/*/temp*", "somedir/temporary.txt", false},
      {"temp?", "tempa", true},
      {"temp?", "temp", false},
      {"**/*.go", "cmd/app/main.go", true},
      {"/foo/bar", "foo/bar", true},  // a leading '/' is the context root
      // [code] `*` and `?` never cross '/'; a trailing `**` is a prefix test, a leading one a suffix test
      {"*.txt", "dir/a.txt", false},
      {"?", "ab", false},
      {"*", "dir/file", true},  // through its parent: `*` matches "dir"
      {"foo**", "foobar/baz", true},
      {"**foo", "afoo", true},  // the suffix fast path, not the regexp `^(.*/)?foo$`
      {"**/foo", "afoo", false},
      {"target/", "target", true},  // filepath.Clean drops the trailing '/': files named target match too
      {"./build", "build", true},   // and the leading "./"
      {"a/../b", "b", true},        // and ".." elements
      {"src//main", "src/main", true},
      {"\\*.txt", "*.txt", true},  // an escaped wildcard is literal
      {"\\*.txt", "a.txt", false},
  };
  for (const auto& c : cases) {
    INFO("pattern `" << c.pattern << "` against `" << c.path << "`");
    auto line = read_ignore_line(c.pattern);
    REQUIRE(line);
    IgnorePattern pattern(*line);
    REQUIRE_FALSE(pattern.error());
    // The upstream tests ask PatternMatcher.Matches, which also tries the parent directories.
    CHECK(pattern.matches_or_parent(c.path) == c.matches);
  }
}

TEST_CASE("ignore patterns apply in order and the last match wins", "[context][dockerignore]") {
  struct MultiCase {
    std::initializer_list<const char*> lines;
    const char* path;
    bool excluded;
  };
  const MultiCase cases[] = {
      // [pm] the multi-pattern cases of TestMatches
      {{"**", "!util/docker/web"}, "util/docker/web/foo", false},
      {{"**", "!util/docker/web", "util/docker/web/foo"}, "util/docker/web/foo", true},
      {{"**", "!dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl"},
       "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
       false},
      {{"**", "!dist/*.whl"}, "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", false},
      // [docs] the README examples of the .dockerignore reference
      {{"*.md", "!README.md"}, "README.md", false},
      {{"*.md", "!README.md"}, "CHANGES.md", true},
      {{"*.md", "!README*.md", "README-secret.md"}, "README-secret.md", true},
      {{"*.md", "!README*.md", "README-secret.md"}, "README-public.md", false},
      {{"*.md", "README-secret.md", "!README*.md"}, "README-secret.md", false},
      // [code] MatchesOrParentMatches: a pattern that matches a directory excludes everything below it,
      // and a later `!` can still bring a path inside it back
      {{"dir"}, "dir/sub/file", true},
      {{"dir", "!dir/keep"}, "dir/keep", false},
      {{"dir", "!dir/keep"}, "dir/other", true},
      {{"dir", "!dir/keep"}, "dir/keep/inner", false},
      {{"*", "!src"}, "src/main.rs", false},
      {{"*", "!src"}, "Cargo.toml", true},
      // [docs] "For historical reasons, the pattern . is ignored"; an exclusion needs a match first
      {{"."}, "file", false},
      {{"!file"}, "file", false},
      // [if] comments only in the first column; white space trimmed
      {{"# secret"}, "# secret", false},
      {{"  # secret"}, "# secret", true},
      {{"secret   "}, "secret", true},
      {{"  !secret", "secret"}, "secret", true},
  };
  for (const auto& c : cases) {
    IgnoreMatcher matcher = matcher_of(c.lines);
    std::string lines;
    for (const char* l : c.lines) lines += std::string(l) + " | ";
    INFO("patterns " << lines << " path " << c.path);
    CHECK(matcher.excluded(c.path) == c.excluded);
  }
}

TEST_CASE("ReadAll turns lines into patterns", "[context][dockerignore]") {
  // [if] TestReadAll: "test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n!\n! \n"
  CHECK(read_ignore_line("test1") == "test1");
  CHECK(read_ignore_line("/test2") == "test2");
  CHECK(read_ignore_line("/a/file/here") == "a/file/here");
  CHECK_FALSE(read_ignore_line(""));
  CHECK(read_ignore_line("lastfile") == "lastfile");
  CHECK_FALSE(read_ignore_line("# this is a comment"));
  CHECK(read_ignore_line("! /inverted/abs/path") == "!inverted/abs/path");
  CHECK(read_ignore_line("!") == "!");
  CHECK(read_ignore_line("! ") == "!");
  // [code] "/" alone keeps its slash (it is only stripped from longer patterns)
  CHECK(read_ignore_line("/") == "/");
  CHECK(read_ignore_line("   ") == std::nullopt);
  CHECK(read_ignore_line("\t./a/b/\t") == "a/b");
  // filepath.Clean
  CHECK(clean_path("a//b/./c/..") == "a/b");
  CHECK(clean_path("../a") == "../a");
  CHECK(clean_path("/../a") == "/a");
  CHECK(clean_path("") == ".");
}

TEST_CASE("patterns Docker rejects carry an error and match nothing", "[context][dockerignore]") {
  // [go] filepath.Match's ErrBadPattern cases; [code] New's "illegal exclusion pattern"
  for (const char* bad : {"[", "[a", "a[", "[]a]", "[-]", "[x-]", "a\\", "[a-", "[\\"}) {
    INFO(bad);
    CHECK(glob_syntax_error(bad));
    IgnorePattern pattern(bad);
    CHECK(pattern.error());
    CHECK_FALSE(pattern.matches(bad));
  }
  for (const char* good : {"[a]", "[^a]", "[a-z]*", "[\\]]", "a\\*", "**/x", "[*]"}) {
    INFO(good);
    CHECK_FALSE(glob_syntax_error(good));
  }
  IgnorePattern bang("!");
  CHECK(bang.error());
  CHECK(bang.exclusion());
}

TEST_CASE("the matcher knows when a re-inclusion reaches below an excluded directory", "[context][dockerignore]") {
  CHECK_FALSE(matcher_of({"dir"}).may_reinclude_below("dir"));
  CHECK(matcher_of({"dir", "!dir/keep"}).may_reinclude_below("dir"));
  CHECK_FALSE(matcher_of({"dir", "!other/keep"}).may_reinclude_below("dir"));
  CHECK(matcher_of({"dir", "!**/keep"}).may_reinclude_below("dir"));
  CHECK(matcher_of({"dir", "!d*/keep"}).may_reinclude_below("dir"));
  CHECK(matcher_of({"dir/sub", "!dir"}).may_reinclude_below("dir/sub"));
  CHECK(matcher_of({"*", "!src"}).may_reinclude_below("src"));
  CHECK_FALSE(matcher_of({"*", "!src"}).may_reinclude_below("target"));
}

TEST_CASE("a pattern alone matches the path itself, its parents only through matches_or_parent",
          "[context][dockerignore]") {
  IgnorePattern dir("**/dir");
  CHECK(dir.matches("a/dir"));
  CHECK_FALSE(dir.matches("a/dir/file"));
  CHECK(dir.matches_or_parent("a/dir/file"));
  IgnorePattern star("*");
  CHECK_FALSE(star.matches("dir/file"));
  CHECK(star.matches_or_parent("dir/file"));
}
