// Docker's variable substitution and the global-ARG values FROM lines see.
#include <catch2/catch.hpp>
#include <string>

#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "knowledge/variable_expansion.hpp"
#include "source/source_file.hpp"

using namespace dlint;

namespace {
knowledge::Expansion expand(std::string_view word) {
  auto lookup = [](std::string_view name) -> std::optional<std::string> {
    if (name == "A") return std::string("alpha");
    if (name == "EMPTY") return std::string();
    return std::nullopt;
  };
  return knowledge::expand_variables(word, lookup);
}
}  // namespace

TEST_CASE("expand_variables: the forms Docker substitutes", "[knowledge][variables]") {
  CHECK(expand("$A").value == "alpha");
  CHECK(expand("${A}:1").value == "alpha:1");
  CHECK(expand("x$A-y").value == "xalpha-y");
  CHECK(expand("${UNSET:-d}").value == "d");
  CHECK(expand("${EMPTY:-d}").value == "d");
  CHECK(expand("${EMPTY-d}").value.empty());
  CHECK(expand("${A:-d}").value == "alpha");
  CHECK(expand("${A:+set}").value == "set");
  CHECK(expand("${UNSET:+set}").value.empty());
  CHECK(expand("${UNSET:-${A}}").value == "alpha");
  CHECK(expand("${UNSET:-${UNSET2:-deep}}").value == "deep");
  CHECK(expand("'$A'").value == "$A");
  CHECK(expand("\"$A\"").value == "alpha");
  CHECK(expand("\\$A").value == "$A");
  CHECK(expand("$").value == "$");
}

TEST_CASE("expand_variables: unknown values and errors", "[knowledge][variables]") {
  CHECK_FALSE(expand("$UNSET").complete);
  CHECK_FALSE(expand("${UNSET}").complete);
  CHECK(expand("${UNSET:-x}").complete);
  auto required = expand("${UNSET:?set UNSET}");
  CHECK_FALSE(required.complete);
  CHECK(required.error == "set UNSET");
  CHECK(expand("${A:?x}").value == "alpha");
  CHECK_FALSE(expand("${A").complete);  // unterminated
  std::string deep = "x";
  for (int i = 0; i < 50; ++i) deep = "${U:-" + deep + "}";
  CHECK_FALSE(expand(deep).complete);  // bounded nesting
}

TEST_CASE("global_arg_values and resolved_base", "[knowledge][variables]") {
  SourceFile file(0, "Dockerfile",
                  "ARG REG=docker.io\nARG NAME\nARG BASE=${REG}/library/ubuntu:24.04\nFROM ${BASE}\n"
                  "FROM ${NAME:-alpine}:3.20\nFROM $NAME\nFROM --platform=$BUILDPLATFORM golang:1.22\n");
  auto build = frontends::parse_dockerfile(file);
  REQUIRE(build.stages.size() == 4);
  auto values = knowledge::global_arg_values(build, {});
  CHECK(values.at("BASE") == "docker.io/library/ubuntu:24.04");
  CHECK_FALSE(values.at("NAME").has_value());

  auto first = knowledge::resolved_base(build, build.stages[0], {});
  REQUIRE(first);
  CHECK(first->image.tag == "24.04");
  CHECK(knowledge::resolved_base(build, build.stages[1], {})->text == "alpine:3.20");
  CHECK_FALSE(knowledge::resolved_base(build, build.stages[2], {}));
  CHECK(knowledge::resolved_base(build, build.stages[2], {{"NAME", "debian:12"}})->text == "debian:12");
  CHECK_FALSE(knowledge::resolved_base(build, build.stages[3], {}));  // no variable in the image name
  CHECK(knowledge::global_arg_values(build, {{"REG", "ghcr.io"}}).at("BASE") == "ghcr.io/library/ubuntu:24.04");
}
