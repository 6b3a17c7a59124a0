// The Luakit frontend: Lua 5.1 lexing, the static evaluation of the bk API, and the lowering to the shared
// build model, with spans that point into the Lua source (shell commands into their string literals).
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <thread>

#include "engine/analyze_source.hpp"
#include "engine/rule.hpp"
#include "frontends/luakit/parse_luakit.hpp"
#include "ir/image_config.hpp"
#include "support/run_dlint.hpp"

namespace {

using dlint::InputKind;
using dlint::SourceFile;
namespace ir = dlint::ir;

struct Parsed {
  SourceFile file;
  dlint::frontends::LuakitParse result;
  explicit Parsed(const std::string& text) : file(0, "build.lua", text), result(dlint::frontends::parse_luakit(file)) {}
  [[nodiscard]] std::string at(const dlint::Span& span) const {
    return std::string(file.text().substr(span.begin, span.end - span.begin));
  }
};

std::vector<std::string> rule_ids(const std::string& text) {
  SourceFile file(0, "build.lua", text);
  std::vector<std::string> ids;
  for (const auto& f : dlint::analyze_source(file, InputKind::Luakit, dlint::Config{})) ids.emplace_back(f.rule->id);
  return ids;
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

const ir::RunOp& run_at(const ir::Stage& stage, std::size_t op) {
  REQUIRE(op < stage.ops.size());
  const auto* run = stage.ops[op].as<ir::RunOp>();
  REQUIRE(run != nullptr);
  return *run;
}

}  // namespace

TEST_CASE("the seed's Node.js port lowers to two stages and the exported image config", "[luakit]") {
  Parsed p(dlint::testing::read_file(std::string(DLINT_SOURCE_DIR) + "/corpus/nodejs-web/build.lua"));
  const auto& build = p.result.build;
  REQUIRE(build.errors.empty());
  REQUIRE(build.stages.size() == 2);
  const auto& builder = build.stages[0];
  CHECK(builder.name->value == "built");
  CHECK(builder.base.repository == "library/node");
  CHECK(builder.base.tag == "20-alpine");
  CHECK(p.at(builder.base_text.span) == "node:20-alpine");
  REQUIRE(builder.ops.size() == 2);
  const auto& ci = run_at(builder, 0);
  CHECK(ci.command.form == ir::Command::Form::Exec);
  CHECK(ci.command.exec_args.size() == 3);
  CHECK(p.at(ci.command.exec_args[2].span) == "--only=production");
  CHECK(ci.cwd->value == "/app");
  REQUIRE(ci.mounts.size() == 1);
  CHECK(ci.mounts[0].type == ir::Mount::Type::Bind);
  CHECK(ci.mounts[0].option("from") == std::optional<std::string_view>("context"));
  CHECK(ci.mounts[0].option("target") == std::optional<std::string_view>("/app"));
  const auto& build_run = run_at(builder, 1);
  REQUIRE(build_run.mounts.size() == 2);
  CHECK(build_run.mounts[1].type == ir::Mount::Type::Cache);
  CHECK(build_run.mounts[1].option("target") == std::optional<std::string_view>("/root/.npm"));
  CHECK(build_run.mounts[1].option("sharing") == std::optional<std::string_view>("locked"));

  const auto& runtime = build.stages[1];
  CHECK(runtime.name->value == "with_user");
  CHECK(!runtime.base_stage);
  // Three copies from the builder, the user-creating run, then bk.export's options as config ops.
  std::vector<ir::OpKind> kinds;
  for (const auto& op : runtime.ops) kinds.push_back(op.kind);
  CHECK(kinds == std::vector<ir::OpKind>{ir::OpKind::Copy, ir::OpKind::Copy, ir::OpKind::Copy, ir::OpKind::Run,
                                         ir::OpKind::Env, ir::OpKind::User, ir::OpKind::Workdir, ir::OpKind::Expose,
                                         ir::OpKind::Label});
  REQUIRE(runtime.ops[0].flag("from") != nullptr);
  CHECK(runtime.ops[0].flag("from")->value->value == "built");
  CHECK(runtime.ops[0].as<ir::CopyOp>()->destination.value == "/app/node_modules");

  REQUIRE(p.result.target == std::optional<std::size_t>(1));
  auto image = ir::derive_image_config(build, p.result.target);
  REQUIRE(image);
  CHECK(image->user->value == "nodejs");
  CHECK(image->workdir->value == "/app");
  REQUIRE(image->env.size() == 2);
  REQUIRE(image->exposed_ports.size() == 1);
  CHECK(image->exposed_ports[0].value == "3000/tcp");
  CHECK(image->base.tag == "20-alpine");
  CHECK(image->healthcheck == nullptr);
  CHECK(p.result.script.exports.size() == 1);
  CHECK(p.result.script.unused_states.empty());
  CHECK(p.result.script.not_analyzed.empty());
}

TEST_CASE("a shell command built with .. maps back into each string literal", "[luakit]") {
  Parsed p(
      "local s = bk.image(\"debian:12\")\n"
      "local r = s:run(\"apt-get update && \" ..\n"
      "  \"apt-get install -y curl\")\n"
      "bk.export(r)\n");
  REQUIRE(p.result.build.stages.size() == 1);
  const auto& run = run_at(p.result.build.stages[0], 0);
  REQUIRE(run.command.form == ir::Command::Form::Shell);
  CHECK(run.command.shell_text.value == "apt-get update && apt-get install -y curl");
  auto installs = run.command.script.find("apt-get");
  REQUIRE(installs.size() == 2);
  const auto& curl = installs[1]->argv.back();
  CHECK(curl.value == "curl");
  CHECK(curl.span.start.line == 3);
  CHECK(curl.span.start.column == 23);
  CHECK(p.at(curl.span) == "curl");
}

TEST_CASE("Lua strings: long brackets, escapes, and numbers", "[luakit]") {
  Parsed p(
      "local a = [==[\nline ]] still\n]==]\n"
      "local b = \"\\65\\t\\x41\\\"q\\\\\"\n"
      "local c = 'it''s'\n"  // two adjacent strings are a syntax error in Lua
  );
  CHECK(!p.result.build.errors.empty());

  Parsed q(
      "--[==[ a long\ncomment ]] ]==]\n"
      "local a = [==[\nline ]] still\n]==]\n"
      "local b = \"\\65\\t\\x41\\\"q\\\\\"\n"
      "local n = 0x10 + 1e1 + .5\n"
      "local img = bk.image(a .. b .. n)\n"
      "bk.export(img)\n");
  REQUIRE(q.result.build.errors.empty());
  REQUIRE(q.result.build.stages.size() == 1);
  CHECK(q.result.build.stages[0].base_text.value == "line ]] still\nA\tA\"q\\26.5");
  REQUIRE(q.result.build.comments.size() == 1);
  CHECK(q.result.build.comments[0].text == " a long\ncomment ]] ");
}

TEST_CASE("an if whose condition depends on the environment is followed both ways", "[luakit]") {
  Parsed p(
      "local base = bk.image(\"golang:1.22\")\n"
      "local result\n"
      "if os.getenv(\"DEBUG\") then\n"
      "  result = base:run({ \"make\", \"debug\" })\n"
      "else\n"
      "  result = base:run({ \"make\", \"release\" })\n"
      "end\n"
      "bk.export(result)\n");
  const auto& build = p.result.build;
  REQUIRE(build.errors.empty());
  // base is built upon twice, so it ends its stage; each branch is a stage FROM it.
  REQUIRE(build.stages.size() == 3);
  CHECK(build.stages[1].base_stage == std::optional<std::size_t>(0));
  CHECK(build.stages[2].base_stage == std::optional<std::size_t>(0));
  CHECK(run_at(build.stages[1], 0).command.exec_args[1].value == "debug");
  CHECK(run_at(build.stages[2], 0).command.exec_args[1].value == "release");
  CHECK(p.result.script.unused_states.empty());
  CHECK(p.result.script.extra_exports.empty());
  CHECK(p.result.script.not_analyzed.empty());
}

TEST_CASE("bk.export once per path is fine; twice on one path is reported", "[luakit]") {
  auto ids = rule_ids(
      "local s = bk.image(\"alpine:3.19\")\n"
      "if os.getenv(\"X\") == \"1\" then bk.export(s) else bk.export(s) end\n");
  CHECK(!has(ids, "COR180"));
  ids = rule_ids("local s = bk.image(\"alpine:3.19\")\nbk.export(s)\nbk.export(s)\n");
  CHECK(has(ids, "COR180"));
}

TEST_CASE("os.getenv with a default reads as a build argument", "[luakit]") {
  Parsed p(
      "local version = os.getenv(\"NODE_VERSION\") or \"20\"\n"
      "bk.export(bk.image(\"node:\" .. version))\n");
  REQUIRE(p.result.build.stages.size() == 1);
  CHECK(p.result.build.stages[0].base_text.value == "node:${NODE_VERSION:-20}");
  CHECK(p.result.build.stages[0].base.has_variable);
  CHECK(!has(rule_ids("bk.export(bk.image(\"node:\" .. (os.getenv(\"V\") or \"20\")))\n"), "BP002"));
  CHECK(has(rule_ids("bk.export(bk.image(\"node\"))\n"), "BP002"));
}

TEST_CASE("loops, functions and tables are evaluated", "[luakit]") {
  Parsed p(
      "local function add(state, pkg)\n"
      "  return state:run({ \"apk\", \"add\", \"--no-cache\", pkg })\n"
      "end\n"
      "local s = bk.image(\"alpine:3.19\")\n"
      "local pkgs = { \"curl\", \"git\" }\n"
      "table.insert(pkgs, \"jq\")\n"
      "for _, pkg in ipairs(pkgs) do s = add(s, pkg) end\n"
      "for i = 1, 2 do s = s:run(string.format(\"echo %d\", i)) end\n"
      "bk.export(s, { cmd = { \"sh\" } })\n");
  REQUIRE(p.result.build.stages.size() == 1);
  const auto& ops = p.result.build.stages[0].ops;
  REQUIRE(ops.size() == 6);  // three apk runs, two echo runs, CMD
  CHECK(ops[2].as<ir::RunOp>()->command.exec_args[3].value == "jq");
  CHECK(p.at(ops[1].as<ir::RunOp>()->command.exec_args[3].span) == "git");  // the inside of the literal
  CHECK(ops[4].as<ir::RunOp>()->command.shell_text.value == "echo 2");
  CHECK(ops[5].kind == ir::OpKind::Cmd);
  CHECK(p.result.script.not_analyzed.empty());
}

TEST_CASE("what cannot be decided is reported where it happens, not guessed", "[luakit]") {
  Parsed p(
      "local steps = require(\"steps\")\n"
      "local s = bk.image(\"alpine:3.19\")\n"
      "local r = s:run(steps.command)\n"
      "for k, v in io.lines(\"x\") do end\n"
      "bk.export(r)\n");
  const auto& notes = p.result.script.not_analyzed;
  REQUIRE(notes.size() >= 2);
  CHECK(notes[0].span.start.line == 1);
  CHECK(notes[0].span.start.column == 15);
  REQUIRE(p.result.script.sandbox_calls.size() == 1);
  CHECK(p.result.script.sandbox_calls[0].subject == "io.lines");
  CHECK(p.result.script.sandbox_calls[0].span.start.line == 4);
  // The run with the unknown command is not invented: the state exists, the op is not lowered.
  REQUIRE(p.result.build.stages.size() == 1);
  CHECK(p.result.build.stages[0].ops.empty());
}

TEST_CASE("evaluation is bounded: endless loops, recursion, growing strings, deep nesting", "[luakit]") {
  auto start = std::chrono::steady_clock::now();
  Parsed loop("local s = bk.image(\"alpine:3.19\")\nwhile true do s = s end\nbk.export(s)\n");
  REQUIRE(loop.result.script.not_analyzed.size() == 1);
  CHECK(loop.result.script.not_analyzed[0].message.find("steps") != std::string::npos);

  Parsed recursion("local function f(n) return f(n + 1) end\nf(1)\n");
  REQUIRE(!recursion.result.script.not_analyzed.empty());
  CHECK(recursion.result.script.not_analyzed[0].message.find("nest deeper") != std::string::npos);

  Parsed strings("local s = \"xxxxxxxx\"\nfor i = 1, 64 do s = s .. s end\n");
  REQUIRE(!strings.result.script.not_analyzed.empty());
  CHECK(strings.result.script.not_analyzed[0].message.find("bytes") != std::string::npos);

  Parsed states("local s = bk.image(\"a:1\")\nfor i = 1, 100000 do s = s:run(\"x\") end\nbk.export(s)\n");
  CHECK(!states.result.script.not_analyzed.empty());

  std::string deep = "local x = " + std::string(5000, '(') + "1" + std::string(5000, ')') + "\n";
  Parsed nesting(deep);
  REQUIRE(!nesting.result.build.errors.empty());
  CHECK(nesting.result.build.errors[0].message.find("nests deeper") != std::string::npos);

  std::string chain = "local x = \"a\"";
  for (int i = 0; i < 5000; ++i) chain += " .. \"a\"";
  Parsed chained(chain + "\n");
  CHECK(!chained.result.build.errors.empty());

  Parsed brackets("local x = [" + std::string(1000, '=') + "[ never closed\n");
  CHECK(!brackets.result.build.errors.empty());
  auto elapsed = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - start);
  CHECK(elapsed.count() < 20);
}

TEST_CASE("syntax errors are values with positions", "[luakit]") {
  Parsed p("local s = bk.image(\"alpine:3.19\"\nbk.export(s)\n");
  REQUIRE(!p.result.build.errors.empty());
  CHECK(p.result.build.errors[0].span.start.line == 2);
  CHECK(!p.result.script.parsed);
  Parsed bare("local s = 1\ns\n");
  REQUIRE(bare.result.build.errors.size() == 1);
  CHECK(bare.result.build.errors[0].span.start.line == 2);
  auto ids = rule_ids("local s = \"never closed\nbk.export(s)\n");
  CHECK(has(ids, "COR001"));
  CHECK(!has(ids, "COR180"));  // a script that cannot be read is not also said to lack bk.export
}

TEST_CASE("suppression comments work in Lua comments", "[luakit]") {
  auto ids = rule_ids("-- dlint ignore=BP002\nlocal s = bk.image(\"alpine\")\nbk.export(s, { user = \"app\" })\n");
  CHECK(!has(ids, "BP002"));
  CHECK(has(rule_ids("local s = bk.image(\"alpine\")\nbk.export(s, { user = \"app\" })\n"), "BP002"));
}

TEST_CASE("random and truncated scripts never crash the frontend", "[luakit]") {
  std::string seed = dlint::testing::read_file(std::string(DLINT_SOURCE_DIR) + "/corpus/go-microservice/build.lua");
  std::mt19937 rng(1234);
  const std::string alphabet = "()[]{}=.,:;\"'\\-+*/^#~<>abkdlocalfunctionendif then else 0x1e9\n\t[[]]..";
  for (int i = 0; i < 300; ++i) {
    std::string text = seed;
    int edits = 1 + static_cast<int>(rng() % 8);
    for (int e = 0; e < edits; ++e) {
      std::size_t at = rng() % (text.size() + 1);
      if (rng() % 2 == 0 && at < text.size()) {
        text.erase(at, 1 + rng() % 5);
      } else {
        text.insert(at, 1, alphabet[rng() % alphabet.size()]);
      }
    }
    if (i % 10 == 0) text.resize(rng() % text.size());
    SourceFile file(0, "build.lua", text);
    auto findings = dlint::analyze_source(file, InputKind::Luakit, dlint::Config{});
    for (const auto& f : findings) CHECK(f.span.end <= text.size());
  }
}

TEST_CASE("Luakit scripts are analyzed the same on several threads at once", "[luakit][threads]") {
  std::vector<std::string> texts;
  for (const char* folder : {"nodejs-web", "go-microservice", "python-data-science"}) {
    texts.push_back(dlint::testing::read_file(std::string(DLINT_SOURCE_DIR) + "/corpus/" + folder + "/build.lua"));
  }
  auto analyze = [&](std::size_t i) {
    SourceFile file(0, "build.lua", texts[i % texts.size()]);
    std::string out;
    for (const auto& f : dlint::analyze_source(file, InputKind::Luakit, dlint::Config{})) {
      out += std::string(f.rule->id) + ":" + std::to_string(f.span.begin) + " ";
    }
    return out;
  };
  std::vector<std::string> expected;
  for (std::size_t i = 0; i < texts.size(); ++i) expected.push_back(analyze(i));
  std::vector<std::string> results(24);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (std::size_t i = t; i < results.size(); i += 4) results[i] = analyze(i);
    });
  }
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < results.size(); ++i) CHECK(results[i] == expected[i % texts.size()]);
}

TEST_CASE("a method on a state chosen by an undecidable if applies to each alternative", "[luakit]") {
  Parsed p(
      "local base = bk.image(\"alpine:3.19\")\n"
      "local r\n"
      "if os.getenv(\"X\") then r = base:run({ \"a\" }) else r = base:run({ \"b\" }) end\n"
      "r = r:run({ \"c\" })\n"
      "bk.export(r)\n");
  REQUIRE(p.result.build.stages.size() == 3);
  for (std::size_t s : {1u, 2u}) {
    const auto& ops = p.result.build.stages[s].ops;
    REQUIRE(ops.size() >= 2);
    CHECK(ops[1].as<ir::RunOp>()->command.exec_args[0].value == "c");
  }
  CHECK(p.result.script.not_analyzed.empty());
  CHECK(p.result.script.unused_states.empty());
}

TEST_CASE("library functions take any numbers without misbehaving", "[luakit]") {
  Parsed p(
      "local a = string.rep(\"\", 1e300)\n"
      "local b = string.sub(\"abc\", 0/0, 1e300)\n"
      "local c = select(1e300, 1, 2)\n"
      "local d = string.rep(\"ab\", -5)\n"
      "bk.export(bk.image(\"alpine:\" .. a .. b .. d))\n");
  REQUIRE(p.result.build.errors.empty());
  REQUIRE(p.result.build.stages.size() == 1);
  CHECK(p.result.build.stages[0].base_text.value == "alpine:abc");
}
