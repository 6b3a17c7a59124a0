// Random inputs made of the pieces that matter to the Dockerfile frontend (escapes, quotes, brackets,
// heredoc markers, flags, directives, line ends): never a crash or an exception, and every span stays
// inside the file. Deterministic: a fixed seed.
#include <catch2/catch.hpp>

#include <array>
#include <random>

#include "frontends/dockerfile/parse_dockerfile.hpp"

namespace {

constexpr std::array<const char*, 42> pieces = {"FROM ",
                                                "RUN ",
                                                "COPY ",
                                                "ADD ",
                                                "ENV ",
                                                "ARG ",
                                                "LABEL ",
                                                "CMD ",
                                                "ENTRYPOINT ",
                                                "ONBUILD ",
                                                "HEALTHCHECK ",
                                                "SHELL ",
                                                "USER ",
                                                "EXPOSE ",
                                                "VOLUME ",
                                                "# escape=`\n",
                                                "# syntax=x\n",
                                                "#",
                                                "\\",
                                                "`",
                                                "\"",
                                                "'",
                                                "[",
                                                "]",
                                                "{",
                                                "}",
                                                ",",
                                                ":",
                                                "<<EOF",
                                                "<<-'X'",
                                                "EOF",
                                                "\tX",
                                                "--mount=type=cache,target=/x",
                                                "--from=",
                                                "--",
                                                " ",
                                                "\t",
                                                "\n",
                                                "\r\n",
                                                "a=b",
                                                "\xEF\xBB\xBF",
                                                "\xC3\xA9"};

void check_span(const dlint::Span& span, std::size_t size) {
  CHECK(span.begin <= span.end);
  CHECK(span.end <= size);
}

}  // namespace

TEST_CASE("random inputs never crash and keep spans inside the file", "[dockerfile][random]") {
  std::mt19937 random(20240611);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 60);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int i = length(random); i > 0; --i) text += pieces[pick(random)];
    dlint::SourceFile file(1, "Dockerfile", text);
    dlint::ir::BuildDefinition build;
    REQUIRE_NOTHROW(build = dlint::frontends::parse_dockerfile(file));
    for (const auto& error : build.errors) {
      CHECK_FALSE(error.message.empty());
      check_span(error.span, text.size());
    }
    for (const auto& span : build.instruction_spans()) check_span(span, text.size());
    for (const auto& stage : build.stages) {
      for (const auto& op : stage.ops) {
        for (const auto& arg : op.args) check_span(arg.span, text.size());
        if (const auto* command = op.command()) {
          for (std::uint32_t i = 0; i < command->source.text().size(); ++i) {
            CHECK(command->source.file_offset(i) < text.size());
          }
        }
      }
    }
  }
}
