// The shell frontend on real RUN lines: argv values with quotes removed, spans mapped back into the
// Dockerfile across continuations, connectors, pipelines, nesting, substitutions and heredocs.
#include <catch2/catch.hpp>

#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "frontends/shell/parse_shell.hpp"

using namespace dlint;

namespace {

struct Parsed {
  ir::BuildDefinition build;
  const ir::ShellScript& script(std::size_t op, std::size_t stage = 0) const {
    return build.stages.at(stage).ops.at(op).command()->script;
  }
};

Parsed parse(const std::string& dockerfile) {
  return Parsed{frontends::parse_dockerfile(SourceFile(0, "Dockerfile", dockerfile))};
}

ir::ShellScript parse_script(const std::string& script) {
  SourceFile file(0, "script.sh", script);
  MappedText text;
  text.append(script, 0);
  return frontends::parse_shell(file, text);
}

std::vector<std::string> argv_of(const ir::SimpleCommand& c) {
  std::vector<std::string> out;
  for (const auto& w : c.argv) out.push_back(w.value);
  return out;
}

}  // namespace

TEST_CASE("simple commands, connectors and pipelines", "[shell]") {
  auto s = parse_script("apt-get update && apt-get install -y curl || true; curl -fsSL x | sh & echo done");
  REQUIRE(s.errors.empty());
  REQUIRE(s.commands.size() == 6);
  CHECK(argv_of(s.commands[0]) == std::vector<std::string>{"apt-get", "update"});
  CHECK(s.commands[0].connector == ir::Connector::None);
  CHECK(s.commands[0].in_condition);
  CHECK(s.commands[1].connector == ir::Connector::And);
  CHECK(s.commands[1].program() == "apt-get");
  CHECK(s.commands[1].has_option({"y", "yes"}));
  CHECK(s.commands[2].connector == ir::Connector::Or);
  CHECK_FALSE(s.commands[2].in_condition);
  CHECK(s.commands[3].connector == ir::Connector::Sequence);
  CHECK(s.commands[3].pipeline_length == 2);
  CHECK(s.commands[4].connector == ir::Connector::Pipe);
  CHECK(s.commands[4].pipeline == s.commands[3].pipeline);
  CHECK(s.commands[4].pipeline_position == 1);
  CHECK(s.commands[5].connector == ir::Connector::Background);
}

TEST_CASE("quoting forms are removed from values and remembered", "[shell]") {
  auto s = parse_script("echo 'a b' \"c $HOME\" d\\ e a\"b\"'c' $'x\\ty' \"$(date)\" $V");
  REQUIRE(s.errors.empty());
  REQUIRE(s.commands.size() == 2);  // date runs in a substitution, before echo
  const auto& sub = s.commands[0];
  CHECK(sub.program() == "date");
  CHECK(sub.in_substitution);
  CHECK(sub.depth == 1);
  const auto& echo = s.commands[1];
  CHECK(argv_of(echo) == std::vector<std::string>{"echo", "a b", "c $HOME", "d e", "abc", "x\ty", "$(date)", "$V"});
  CHECK(echo.argv[1].quoted);
  CHECK_FALSE(echo.argv[1].has_expansion);
  CHECK(echo.argv[2].has_expansion);
  CHECK_FALSE(echo.argv[2].unquoted_expansion);
  CHECK(echo.argv[7].unquoted_expansion);
  CHECK(echo.argv[1].span.start.column == 6);
  CHECK(echo.argv[1].span.end_pos.column == 11);
}

TEST_CASE("spans point into the Dockerfile across continuations and comment lines", "[shell][spans]") {
  auto p = parse(
      "FROM debian:12\n"
      "RUN apt-get update && \\\n"
      "    # a comment inside the continuation\n"
      "    apt-get install -y \\\n"
      "      curl\n");
  const auto& s = p.script(0);
  REQUIRE(s.errors.empty());
  REQUIRE(s.commands.size() == 2);
  const auto& install = s.commands[1];
  CHECK(argv_of(install) == std::vector<std::string>{"apt-get", "install", "-y", "curl"});
  CHECK(install.argv[1].span.start == Position{4, 13});
  CHECK(install.argv[3].span.start == Position{5, 7});
  CHECK(install.argv[3].span.end_pos == Position{5, 11});
}

TEST_CASE("control structures nest and mark conditions", "[shell]") {
  auto s = parse_script(
      "if [ -f a ]; then cd /x; elif true; then :; else echo no; fi\n"
      "for i in a b; do echo $i; done\n"
      "while read l; do echo \"$l\"; done < f\n"
      "case $x in a|b) echo y;; *) echo n;; esac\n"
      "( cd /tmp && make ) | tee log\n"
      "f() { echo in function; }\n");
  REQUIRE(s.errors.empty());
  std::vector<std::string> programs;
  for (const auto& c : s.commands) programs.emplace_back(c.program());
  CHECK(programs == std::vector<std::string>{"[", "cd", "true", ":", "echo", "echo", "read", "echo", "echo", "echo",
                                             "cd", "make", "tee", "echo"});
  CHECK(s.commands[0].in_condition);
  CHECK(s.commands[0].depth == 1);
  CHECK_FALSE(s.commands[1].in_condition);
  CHECK(s.commands[6].in_condition);  // while's condition
  CHECK(s.commands[12].connector == ir::Connector::Pipe);
}

TEST_CASE("for without in, and bash arrays, parse", "[shell]") {
  auto s = parse_script("for f; do rm \"$f\"; done; LIST=(a b) && echo ok");
  REQUIRE(s.errors.empty());
  REQUIRE(s.commands.size() == 3);
  CHECK(s.commands[1].assignments.size() == 1);
  CHECK(s.commands[1].assignments[0].value == "LIST=(a b)");
}

TEST_CASE("reserved words are plain words outside command position", "[shell]") {
  auto s = parse_script("echo if then done { } !");
  REQUIRE(s.errors.empty());
  REQUIRE(s.commands.size() == 1);
  CHECK(argv_of(s.commands[0]) == std::vector<std::string>{"echo", "if", "then", "done", "{", "}", "!"});
}

TEST_CASE("assignments, redirections and heredocs", "[shell]") {
  auto s = parse_script(
      "DEBIAN_FRONTEND=noninteractive A=1 apt-get install -y x 2>&1 >/dev/null\n"
      "cat > /etc/conf <<'EOF'\n"
      "hello $x\n"
      "EOF\n"
      "export PATH=/x:$PATH\n");
  REQUIRE(s.errors.empty());
  REQUIRE(s.commands.size() == 3);
  CHECK(s.commands[0].assignments.size() == 2);
  CHECK(s.commands[0].assignments[0].value == "DEBIAN_FRONTEND=noninteractive");
  CHECK(s.commands[0].program() == "apt-get");
  REQUIRE(s.commands[0].redirections.size() == 2);
  CHECK(s.commands[0].redirections[0].op == "2>&");
  CHECK(s.commands[0].redirections[0].target.value == "1");
  REQUIRE(s.commands[1].redirections.size() == 2);
  CHECK(s.commands[1].redirections[1].op == "<<");
  CHECK(s.commands[1].redirections[1].heredoc == "hello $x\n");
  CHECK(s.commands[2].program() == "export");
  CHECK(argv_of(s.commands[2]) == std::vector<std::string>{"export", "PATH=/x:$PATH"});
}

TEST_CASE("RUN heredocs are parsed as scripts with positions in the file", "[shell][heredoc]") {
  auto p = parse(
      "FROM alpine:3.19\n"
      "RUN <<EOF\n"
      "set -e\n"
      "apk add --no-cache curl\n"
      "EOF\n");
  const auto& s = p.script(0);
  REQUIRE(s.errors.empty());
  REQUIRE(s.commands.size() == 2);
  CHECK(s.commands[1].program() == "apk");
  CHECK(s.commands[1].argv[1].span.start == Position{4, 5});
}

TEST_CASE("curl piped into a shell inside a substitution is visible", "[shell]") {
  auto s = parse_script("sh -c \"$(curl -fsSL https://x | sh)\"; bash <(wget -qO- u)");
  REQUIRE(s.errors.empty());
  std::vector<std::string> programs;
  for (const auto& c : s.commands) programs.emplace_back(c.program());
  CHECK(programs == std::vector<std::string>{"curl", "sh", "sh", "wget", "bash"});
  CHECK(s.commands[1].connector == ir::Connector::Pipe);
  CHECK(s.commands[1].in_substitution);
}

TEST_CASE("bad shell is an error with a position, and what was read is kept", "[shell][errors]") {
  auto unterminated = parse_script("echo ok; echo \"never closed");
  REQUIRE_FALSE(unterminated.errors.empty());
  CHECK(unterminated.errors[0].span.start.column == 15);
  CHECK(unterminated.commands.size() >= 1);
  CHECK(unterminated.commands[0].program() == "echo");

  auto unclosed_if = parse_script("if true; then echo x");
  REQUIRE_FALSE(unclosed_if.errors.empty());

  auto stray = parse_script("echo a; ) echo b");
  REQUIRE_FALSE(stray.errors.empty());
}

TEST_CASE("hostile input returns promptly without crashing", "[shell][limits]") {
  std::string deep(10000, '(');
  auto nested = parse_script(deep + "echo" + std::string(10000, ')'));
  CHECK(nested.truncated);
  CHECK_FALSE(nested.errors.empty());

  std::string subst;
  for (int i = 0; i < 5000; ++i) subst += "$(";
  auto nested_subst = parse_script("echo " + subst);
  CHECK_FALSE(nested_subst.errors.empty());

  std::string pipes = "a";
  for (int i = 0; i < 100000; ++i) pipes += "|a";
  auto long_pipeline = parse_script(pipes);
  CHECK(long_pipeline.errors.empty());
  CHECK(long_pipeline.commands.size() == 100001);
}

TEST_CASE("a script seen before is placed where this file has it", "[shell][spans]") {
  // The same RUN text, parsed once and then reused, in two files at different lines and with different
  // continuations: each file's spans are its own.
  auto first = parse("FROM debian:12\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n");
  auto second = parse(
      "FROM debian:12\n"
      "# a comment\n"
      "RUN apt-get install -y curl && \\\n"
      "    rm -rf /var/lib/apt/lists/*\n");
  const auto& a = first.script(0);
  const auto& b = second.script(0);
  REQUIRE(a.commands.size() == 2);
  REQUIRE(b.commands.size() == 2);
  CHECK(a.commands[1].argv[0].span.start == Position{2, 32});
  CHECK(b.commands[1].argv[0].span.start == Position{4, 5});
  CHECK(b.commands[1].argv[2].span.end_pos == Position{4, 32});
  CHECK(a.commands[0].span.start == Position{2, 5});
  CHECK(b.commands[0].span.start == Position{3, 5});
}

TEST_CASE("parse_shell_text gives spans as offsets into the text", "[shell][spans]") {
  auto script = frontends::parse_shell_text("cd /app && make");
  REQUIRE(script.commands.size() == 2);
  CHECK(script.commands[1].argv[0].span.begin == 11);
  CHECK(script.commands[1].argv[0].span.end == 15);
  CHECK_FALSE(script.commands[1].argv[0].span.valid());  // no line or column: not placed in a file
}
