// The stage-scoped knowledge: ancestry through FROM <stage>, the SHELL in effect, ENV/ARG visibility.
#include <catch2/catch.hpp>
#include <string>

#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "ir/image_config.hpp"
#include "knowledge/shell_in_effect.hpp"
#include "knowledge/stage_chain.hpp"
#include "knowledge/stage_env.hpp"
#include "source/source_file.hpp"

using namespace dlint;

namespace {
struct Parsed {
  SourceFile file;
  ir::BuildDefinition build;
  explicit Parsed(std::string text)
      : file(0, "Dockerfile", std::move(text)), build(frontends::parse_dockerfile(file)) {}
  const ir::Op& op(std::size_t stage, std::size_t index) const { return build.stages.at(stage).ops.at(index); }
};
}  // namespace

TEST_CASE("stage_ancestry follows FROM <stage>", "[knowledge][stages]") {
  Parsed p("FROM debian:12 AS base\nFROM alpine:3.20 AS other\nFROM base AS mid\nFROM mid\n");
  REQUIRE(p.build.stages.size() == 4);
  CHECK(knowledge::stage_ancestry(p.build, 3) == std::vector<std::size_t>{3, 2, 0});
  CHECK(knowledge::stage_ancestry(p.build, 1) == std::vector<std::size_t>{1});
  CHECK(knowledge::external_base(p.build, 3).short_name() == "debian");
  CHECK(knowledge::stage_ancestry(p.build, 9).empty());

  ir::ImageConfig image;
  image.stage_chain = {3, 2, 0};
  CHECK(knowledge::final_image_stages(p.build, &image) == std::vector<bool>{true, false, true, true});
  CHECK(knowledge::final_image_stages(p.build, nullptr) == std::vector<bool>{true, true, true, true});
}

TEST_CASE("stages_for_target follows FROM, COPY --from and RUN --mount=from=", "[knowledge][stages]") {
  Parsed p(
      "FROM golang:1.22 AS deps\n"   // 0: read by build's mount
      "FROM golang:1.22 AS build\n"  // 1: read by final's COPY
      "RUN --mount=type=cache,from=deps,target=/go/pkg go build\n"
      "FROM alpine:3.20 AS unused\n"  // 2: nobody reads it
      "FROM alpine:3.20 AS base\n"    // 3: final is built FROM it
      "FROM base\n"                   // 4: the target
      "COPY --from=build /out /out\n"
      "COPY --from=0 /x /x\n"
      "COPY --from=busybox:1.36 /bin/sh /bin/sh\n");
  REQUIRE(p.build.stages.size() == 5);
  CHECK(knowledge::stage_dependencies(p.build, 4) == std::vector<std::size_t>{0, 1, 3});
  CHECK(knowledge::stage_dependencies(p.build, 1) == std::vector<std::size_t>{0});
  CHECK(knowledge::stages_for_target(p.build) == std::vector<bool>{true, true, false, true, true});
  CHECK(knowledge::stages_for_target(p.build, 1) == std::vector<bool>{true, true, false, false, false});
  CHECK(knowledge::stages_for_target(p.build, 2) == std::vector<bool>{false, false, true, false, false});
  Parsed empty("");
  CHECK(knowledge::stages_for_target(empty.build).empty());
}

TEST_CASE("shell_in_effect: SHELL, inheritance and the default", "[knowledge][shell]") {
  Parsed p(
      "FROM debian:12 AS base\n"
      "RUN true\n"
      "SHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\n"
      "RUN true\n"
      "FROM base\n"
      "RUN true\n"
      "SHELL [\"/usr/bin/env\", \"zsh\", \"-c\"]\n"
      "RUN true\n"
      "FROM debian:12\n"
      "RUN true\n");
  auto before = knowledge::shell_in_effect(p.build, 0, &p.op(0, 0));
  CHECK(before.is_default());
  CHECK(before.program() == "sh");
  CHECK_FALSE(before.sets_option("pipefail"));

  auto after = knowledge::shell_in_effect(p.build, 0, &p.op(0, 2));
  CHECK_FALSE(after.is_default());
  CHECK(after.instruction == &p.op(0, 1));
  CHECK(after.program() == "bash");
  CHECK(after.sets_option("pipefail"));
  CHECK(after.sets_flag('e', "errexit"));
  CHECK_FALSE(after.sets_flag('u', "nounset"));

  auto inherited = knowledge::shell_in_effect(p.build, 1, &p.op(1, 0));
  CHECK(inherited.instruction == &p.op(0, 1));
  CHECK(inherited.stage == 0);

  auto through_env = knowledge::shell_in_effect(p.build, 1, &p.op(1, 2));
  CHECK(through_env.program() == "zsh");
  CHECK(through_env.program_index() == 1);
  CHECK_FALSE(through_env.sets_option("pipefail"));

  CHECK(knowledge::shell_in_effect(p.build, 2, &p.op(2, 0)).is_default());
}

TEST_CASE("default_shell is cmd on Windows images", "[knowledge][shell]") {
  Parsed windows("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\n");
  CHECK(knowledge::default_shell(windows.build, 0).program() == "cmd");
  Parsed escape("# escape=`\nFROM example.com/base:1\nRUN dir\n");
  CHECK(knowledge::default_shell(escape.build, 0).program() == "cmd");
  Parsed linux_image("FROM debian:12\nRUN ls\n");
  CHECK(knowledge::default_shell(linux_image.build, 0).program() == "sh");

  // `# hadolint shell=` names the default shell of the whole file.
  Parsed pragma("# hadolint shell=powershell\nFROM debian:12\nRUN Write-Host (Get-Date\n");
  CHECK(knowledge::default_shell(pragma.build, 0).program() == "powershell");
  CHECK(pragma.build.stages[0].ops[0].command()->script.commands.empty());  // not parsed as sh
  Parsed bash_pragma("FROM debian:12\n# hadolint shell=bash\nRUN ls\n");
  CHECK(knowledge::default_shell(bash_pragma.build, 0).program() == "bash");

  knowledge::ShellInEffect pwsh;
  pwsh.argv = {"C:\\Program Files\\PowerShell\\7\\pwsh.exe", "-Command"};
  CHECK(pwsh.program() == "pwsh.exe");
}

TEST_CASE("find_env sees ENV of the chain and ARG of the own stage", "[knowledge][env]") {
  Parsed p(
      "ARG GLOBAL=1\n"
      "FROM debian:12 AS base\n"
      "ENV A=1 B=2\n"
      "ARG C=3\n"
      "FROM base\n"
      "ENV B=20\n"
      "RUN true\n"
      "ARG D\n"
      "RUN true\n");
  const ir::Op* run1 = &p.op(1, 1);
  const ir::Op* run2 = &p.op(1, 3);
  auto a = knowledge::find_env(p.build, 1, run1, "A");
  REQUIRE(a);
  CHECK(a->value == "1");
  CHECK(a->op == &p.op(0, 0));
  auto b = knowledge::find_env(p.build, 1, run1, "B");
  REQUIRE(b);
  CHECK(b->value == "20");
  CHECK_FALSE(knowledge::find_env(p.build, 1, run1, "C"));       // ARG scope ends with its stage
  CHECK_FALSE(knowledge::find_env(p.build, 1, run1, "GLOBAL"));  // not redeclared in the stage
  CHECK_FALSE(knowledge::find_env(p.build, 1, run1, "D"));       // declared after the RUN
  auto d = knowledge::find_env(p.build, 1, run2, "D");
  REQUIRE(d);
  CHECK(d->from_arg);
  CHECK_FALSE(d->value);
}
