#include <catch2/catch.hpp>

#include "frontends/dockerfile/dockerfile_test_support.hpp"

using namespace dlint;
using namespace dlint::testing;

TEST_CASE("stages: base image, name, and references to earlier stages", "[dockerfile][instructions]") {
  auto p = parse(
      "ARG BASE=alpine:3.19\nFROM --platform=linux/amd64 golang:1.22@sha256:abc as Build\nRUN go build\n"
      "FROM ${BASE}\nCOPY --from=build /out /bin/\nfrom BUILD AS test\nFROM scratch\n");
  REQUIRE(p.build.errors.empty());
  REQUIRE(p.build.stages.size() == 4);
  const auto& build = p.build.stages[0];
  CHECK(build.keyword.value == "FROM");
  CHECK(build.base_text.value == "golang:1.22@sha256:abc");
  CHECK(build.base.repository == "library/golang");
  CHECK(build.base.tag == "1.22");
  CHECK(build.base.digest == "sha256:abc");
  CHECK(build.name->value == "Build");
  CHECK(build.as_keyword->value == "as");
  CHECK(where(build.as_keyword->span) == "2:52-2:54");
  CHECK(where(build.span) == "2:1-2:60");
  CHECK_FALSE(build.base_stage.has_value());
  CHECK(build.ops.size() == 1);
  CHECK(p.build.stages[1].base.has_variable);
  CHECK(p.build.stages[2].keyword.value == "from");
  CHECK(p.build.stages[2].base_stage == 0u);
  CHECK(p.build.stages[2].index == 2);
  CHECK(p.build.stages[3].base.scratch);
  CHECK(p.build.global_args.size() == 1);
}

TEST_CASE("every instruction lowers to its kind with its raw keyword", "[dockerfile][instructions]") {
  auto p = parse(
      "FROM a\nrun true\nCmd [\"x\"]\nLABEL a=b\nMAINTAINER Jane Doe\nEXPOSE 80 443/tcp 8000-8010/udp\n"
      "ENV a=b\nADD x /y\nCOPY x /y\nENTRYPOINT [\"e\"]\nVOLUME /data /logs\nUSER app:staff\n"
      "WORKDIR /srv/app\nARG x\nONBUILD COPY . /src\nSTOPSIGNAL SIGTERM\nHEALTHCHECK NONE\nSHELL [\"sh\", \"-c\"]\n");
  REQUIRE(p.build.errors.empty());
  const auto& ops = p.build.stages.at(0).ops;
  const std::vector<ir::OpKind> kinds = {
      ir::OpKind::Run,         ir::OpKind::Cmd,     ir::OpKind::Label, ir::OpKind::Maintainer, ir::OpKind::Expose,
      ir::OpKind::Env,         ir::OpKind::Add,     ir::OpKind::Copy,  ir::OpKind::Entrypoint, ir::OpKind::Volume,
      ir::OpKind::User,        ir::OpKind::Workdir, ir::OpKind::Arg,   ir::OpKind::Onbuild,    ir::OpKind::StopSignal,
      ir::OpKind::Healthcheck, ir::OpKind::Shell};
  REQUIRE(ops.size() == kinds.size());
  for (std::size_t i = 0; i < ops.size(); ++i) CHECK(ops[i].kind == kinds[i]);
  CHECK(ops[0].keyword.value == "run");
  CHECK(ops[1].keyword.value == "Cmd");
  CHECK(ops[3].as<ir::MaintainerOp>()->name.value == "Jane Doe");
  const auto& ports = ops[4].as<ir::ExposeOp>()->ports;
  REQUIRE(ports.size() == 3);
  CHECK(ports[2].value == "8000-8010/udp");
  CHECK(where(ports[1].span) == "6:11-6:18");
  CHECK(ops[9].as<ir::VolumeOp>()->paths.size() == 2);
  CHECK_FALSE(ops[9].as<ir::VolumeOp>()->json_form);
  const auto& user = *ops[10].as<ir::UserOp>();
  CHECK(user.spec.value == "app:staff");
  CHECK(user.user == "app");
  CHECK(user.group == "staff");
  CHECK(ops[11].as<ir::WorkdirOp>()->path.value == "/srv/app");
  CHECK(ops[14].as<ir::StopSignalOp>()->signal.value == "SIGTERM");
  const auto& trigger = ops[13].as<ir::OnbuildOp>()->trigger;
  REQUIRE(trigger);
  CHECK(trigger->kind == ir::OpKind::Copy);
  CHECK(trigger->as<ir::CopyOp>()->destination.value == "/src");
  CHECK(where(trigger->keyword.span) == "15:9-15:13");
  CHECK(ir::op_kind_name(ops[13].kind) == "ONBUILD");
}

TEST_CASE("COPY and VOLUME in JSON form", "[dockerfile][instructions]") {
  auto p = parse("FROM a\nCOPY [\"a b\", \"c\", \"/d/\"]\nVOLUME [\"/v\"]\nCOPY [\"x\" y\n");
  const auto& copy = *op(p, 0, 0).as<ir::CopyOp>();
  CHECK(copy.json_form);
  REQUIRE(copy.sources.size() == 2);
  CHECK(copy.sources[0].value == "a b");
  CHECK(where(copy.sources[0].span) == "2:7-2:12");
  CHECK(copy.destination.value == "/d/");
  CHECK(op(p, 0, 1).as<ir::VolumeOp>()->json_form);
  // Not JSON: split on blanks, as BuildKit does.
  const auto& odd = op(p, 0, 2);
  REQUIRE(odd.args.size() == 2);
  CHECK(odd.args[0].value == "[\"x\"");
  CHECK(where(odd.args[1].span) == "4:11-4:12");
}

TEST_CASE("instructions before the first FROM", "[dockerfile][instructions]") {
  auto p = parse("# comment\nARG V=1\nRUN echo\nFROM a\n");
  REQUIRE(p.build.global_args.size() == 1);
  REQUIRE(p.build.orphan_ops.size() == 1);
  CHECK(p.build.orphan_ops[0].kind == ir::OpKind::Run);
  REQUIRE(p.build.errors.size() == 1);
  CHECK(p.build.errors[0].message == "RUN comes before the first FROM; only ARG may come before FROM");
  CHECK(where(p.build.errors[0].span) == "3:1-3:4");
  CHECK(p.build.instruction_spans().size() == 3);
}

TEST_CASE("unknown instructions are kept, with a suggestion", "[dockerfile][instructions]") {
  auto p = parse("FORM alpine\nFROM alpine\nCOPPY a b\nFOOBAR x\n");
  REQUIRE(p.build.errors.size() == 3);
  CHECK(p.build.errors[0].message == "unknown instruction 'FORM'; did you mean FROM?");
  CHECK(where(p.build.errors[0].span) == "1:1-1:5");
  CHECK(p.build.errors[1].message == "unknown instruction 'COPPY'; did you mean COPY?");
  CHECK(p.build.errors[2].message == "unknown instruction 'FOOBAR'");
  REQUIRE(p.build.stages.at(0).ops.size() == 2);
  CHECK(op(p, 0, 0).kind == ir::OpKind::Unknown);
  CHECK(op(p, 0, 0).keyword.value == "COPPY");
  CHECK(p.build.orphan_ops.size() == 1);
}

TEST_CASE("FROM and ONBUILD problems; other instructions still lowered", "[dockerfile][instructions]") {
  auto p = parse(
      "FROM\nFROM a b\nFROM a AS 1st\nFROM a\nONBUILD\nONBUILD FROM b\nONBUILD ONBUILD RUN x\n"
      "COPY onlyone\nUSER\nWORKDIR /ok\n");
  const auto& e = p.build.errors;
  REQUIRE(e.size() == 8);
  CHECK(e[0].message == "FROM needs an image name: FROM image [AS name]");
  CHECK(where(e[0].span) == "1:1-1:5");
  CHECK(e[1].message == "FROM takes an image and an optional stage name: FROM image [AS name]");
  CHECK(where(e[1].span) == "2:8-2:9");
  CHECK(e[2].message ==
        "invalid stage name '1st': it must start with a letter and contain only letters, digits, '-', '_' and '.'");
  CHECK(e[3].message == "ONBUILD needs an instruction to run in images built from this one");
  CHECK(e[4].message == "FROM is not allowed as an ONBUILD trigger");
  CHECK(where(e[4].span) == "6:9-6:13");
  CHECK(e[5].message == "ONBUILD cannot trigger another ONBUILD");
  CHECK(where(e[5].span) == "7:9-7:16");
  CHECK(e[6].message == "COPY needs at least one source and a destination: COPY <src>... <dest>");
  CHECK(e[7].message == "USER needs a user name or UID");
  REQUIRE(p.build.stages.size() == 4);
  const auto& ops = p.build.stages[3].ops;
  REQUIRE(ops.size() == 6);
  CHECK(ops[2].kind == ir::OpKind::Onbuild);
  CHECK(ops[2].as<ir::OnbuildOp>()->trigger == nullptr);
  CHECK(where(ops[2].span) == "7:1-7:22");
  CHECK(ops[5].as<ir::WorkdirOp>()->path.value == "/ok");
}

TEST_CASE("files without instructions or without FROM", "[dockerfile][instructions]") {
  auto empty = parse("");
  REQUIRE(empty.build.errors.size() == 1);
  CHECK(empty.build.errors[0].message == "the file has no instructions");
  auto comments = parse("# just\n# comments\n\n");
  REQUIRE(comments.build.errors.size() == 1);
  CHECK(where(comments.build.errors[0].span) == "4:1-4:1");
  auto only_args = parse("ARG A\n");
  REQUIRE(only_args.build.errors.size() == 1);
  CHECK(only_args.build.errors[0].message == "the file has no FROM instruction, so there is no stage to build");
}

TEST_CASE("limits: deep JSON nesting and huge files are errors, not crashes", "[dockerfile][instructions]") {
  std::string deep = "FROM a\nCMD " + std::string(100000, '[') + "\nRUN ok\n";
  auto p = parse(deep);
  REQUIRE(p.build.errors.size() == 1);
  CHECK(p.build.errors[0].message == "brackets are nested more than 128 levels deep; the instruction is not read");
  REQUIRE(p.build.stages.at(0).ops.size() == 2);
  CHECK(op(p, 0, 0).kind == ir::OpKind::Cmd);
  CHECK(op(p, 0, 1).args.at(0).value == "ok");

  std::string chain = "FROM a\n";
  for (int i = 0; i < 50000; ++i) chain += "ONBUILD ";
  chain += "RUN x\n";
  CHECK(parse(chain).build.errors.size() == 1);

  auto huge = parse(std::string(9 * 1024 * 1024, 'x'));
  REQUIRE(huge.build.errors.size() == 1);
  CHECK(huge.build.errors[0].message == "the file is larger than 8 MiB and is not read");
}
