#include <catch2/catch.hpp>

#include "frontends/dockerfile/dockerfile_test_support.hpp"

using namespace dlint;
using namespace dlint::testing;

TEST_CASE("exec form: a JSON array of strings, decoded, with the span of each string", "[dockerfile][command]") {
  auto p = parse("FROM a\nENTRYPOINT [ \"/bin/tini\", \"--\",\t\"a\\\"b\\u00e9\" ]\n");
  REQUIRE(p.build.errors.empty());
  const auto& entry = op(p, 0, 0);
  const ir::Command& command = entry.as<ir::EntrypointOp>()->command;
  CHECK(command.form == ir::Command::Form::Exec);
  REQUIRE(command.exec_args.size() == 3);
  CHECK(command.exec_args[0].value == "/bin/tini");
  CHECK(where(command.exec_args[0].span) == "2:14-2:25");
  CHECK(command.exec_args[2].value == "a\"b\xC3\xA9");
  CHECK(where(command.span) == "2:12-2:47");
  CHECK(command.source.text().empty());
  CHECK_FALSE(command.looks_like_json);
  CHECK(entry.command() == &command);
}

TEST_CASE("shell form keeps the command as written", "[dockerfile][command]") {
  auto p = parse("FROM a\nCMD node server.js --port ${PORT:-80}\n");
  const ir::Command& command = op(p, 0, 0).as<ir::CmdOp>()->command;
  CHECK(command.form == ir::Command::Form::Shell);
  CHECK(command.shell_text.value == "node server.js --port ${PORT:-80}");
  CHECK(where(command.shell_text.span) == "2:5-2:38");
  CHECK(command.source.text() == command.shell_text.value);
  CHECK(command.source.file_offset(0) == 11);
  REQUIRE(command.script.commands.size() == 1);
  CHECK(command.script.commands[0].program() == "node");
}

TEST_CASE("malformed JSON is shell form, marked as looking like JSON", "[dockerfile][command]") {
  for (const char* text : {"CMD ['echo','x']\n", "CMD [\"echo\", \"x\"\n", "CMD [\"a\"] && b\n",
                           "RUN [ -f /x ] || touch /x\n", "CMD [\"a\",]\n", "CMD [\"a\\x\"]\n"}) {
    auto p = parse(std::string("FROM a\n") + text);
    INFO(text);
    REQUIRE(p.build.errors.empty());
    const ir::Command* command = op(p, 0, 0).command();
    REQUIRE(command != nullptr);
    CHECK(command->form == ir::Command::Form::Shell);
    CHECK(command->looks_like_json);
    std::string expected(text + 4);
    expected.pop_back();
    CHECK(command->shell_text.value == expected);
  }
}

TEST_CASE("valid JSON that is not an array of strings is an error", "[dockerfile][command]") {
  auto p = parse("FROM a\nCMD [\"echo\", 1, {\"a\": [true, null]}]\nCMD [\"ok\"]\n");
  REQUIRE(p.build.errors.size() == 1);
  CHECK(p.build.errors[0].message == "expected a JSON array of strings, but element 2 is a number");
  CHECK(where(p.build.errors[0].span) == "2:14-2:15");
  CHECK(op(p, 0, 1).args.at(0).value == "ok");
}

TEST_CASE("SHELL needs the JSON form", "[dockerfile][command]") {
  auto p = parse("FROM a\nSHELL [\"powershell\", \"-Command\"]\nSHELL /bin/bash -c\n");
  const auto& good = *op(p, 0, 0).as<ir::ShellOp>();
  CHECK(good.json_form);
  REQUIRE(good.argv.size() == 2);
  CHECK(good.argv[1].value == "-Command");
  REQUIRE(p.build.errors.size() == 1);
  CHECK(p.build.errors[0].message == "SHELL needs the JSON form: SHELL [\"executable\", \"parameters\"]");
  CHECK(where(p.build.errors[0].span) == "3:7-3:19");
}

TEST_CASE("HEALTHCHECK CMD and NONE", "[dockerfile][command]") {
  auto p = parse(
      "FROM a\nHEALTHCHECK --interval=30s --timeout=3s --start-period=1m --start-interval=2s --retries=3 \\\n"
      "  CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK NONE\nHEALTHCHECK cmd [\"true\"]\n");
  REQUIRE(p.build.errors.empty());
  const auto& first = op(p, 0, 0);
  const auto& health = *first.as<ir::HealthcheckOp>();
  CHECK_FALSE(health.none);
  REQUIRE(health.command.has_value());
  CHECK(health.command->shell_text.value == "curl -f http://localhost/ || exit 1");
  CHECK(first.flags.size() == 5);
  CHECK(first.args.at(0).value == "CMD");
  CHECK(first.command() == &*health.command);
  CHECK(op(p, 0, 1).as<ir::HealthcheckOp>()->none);
  CHECK(op(p, 0, 1).command() == nullptr);
  CHECK(op(p, 0, 2).as<ir::HealthcheckOp>()->command->exec_args.at(0).value == "true");
}

TEST_CASE("HEALTHCHECK problems", "[dockerfile][command]") {
  auto p = parse("FROM a\nHEALTHCHECK\nHEALTHCHECK CMD\nHEALTHCHECK NONE x\nHEALTHCHECK PING x\n");
  REQUIRE(p.build.errors.size() == 4);
  CHECK(p.build.errors[0].message == "HEALTHCHECK needs CMD <command> or NONE");
  CHECK(p.build.errors[1].message == "HEALTHCHECK CMD needs a command");
  CHECK(where(p.build.errors[1].span) == "3:13-3:16");
  CHECK(p.build.errors[2].message == "HEALTHCHECK NONE takes no arguments");
  CHECK(p.build.errors[3].message == "unknown HEALTHCHECK type 'PING'; expected CMD or NONE");
}
