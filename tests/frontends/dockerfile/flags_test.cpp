#include <catch2/catch.hpp>

#include "frontends/dockerfile/dockerfile_test_support.hpp"

using namespace dlint;
using namespace dlint::testing;

TEST_CASE("flags keep their names, values and spans", "[dockerfile][flags]") {
  auto p = parse(
      "FROM --platform=$BUILDPLATFORM golang AS build\n"
      "COPY --from=build --chown=app:app --chmod=0755 --link --parents --exclude=*.md src/ /app/\n"
      "ADD --keep-git-dir=true --checksum=sha256:abc --link=false https://x/y.tgz /y\n");
  REQUIRE(p.build.errors.empty());
  const auto& stage = p.build.stages.at(0);
  REQUIRE(stage.flags.size() == 1);
  CHECK(stage.flags[0].name == "platform");
  CHECK(stage.flags[0].value->value == "$BUILDPLATFORM");
  CHECK(where(stage.flags[0].span) == "1:6-1:31");
  CHECK(where(stage.flags[0].value->span) == "1:17-1:31");

  const auto& copy = op(p, 0, 0);
  REQUIRE(copy.flags.size() == 6);
  CHECK(copy.flag("from")->value->value == "build");
  CHECK(copy.flag("chown")->value->value == "app:app");
  CHECK(copy.flag("chmod")->value->value == "0755");
  CHECK_FALSE(copy.flag("link")->value.has_value());
  CHECK(where(copy.flag("link")->span) == "2:48-2:54");
  CHECK(copy.flag("parents") != nullptr);
  CHECK(copy.flag("exclude")->value->value == "*.md");
  CHECK(copy.args.size() == 2);
  const auto& add = op(p, 0, 1);
  CHECK(add.flag("keep-git-dir")->value->value == "true");
  CHECK(add.flag("checksum")->value->value == "sha256:abc");
  CHECK(add.flag("link")->value->value == "false");
}

TEST_CASE("quoted flag values lose their quotes as in BuildKit", "[dockerfile][flags]") {
  auto p = parse("FROM a\nRUN --mount=\"type=cache,target=/root/.cache, sharing=locked\" make\n");
  const auto& flag = op(p, 0, 0).flags.at(0);
  CHECK(flag.value->value == "type=cache,target=/root/.cache, sharing=locked");
  CHECK(covered(p, flag.value->span) == "\"type=cache,target=/root/.cache, sharing=locked\"");
  CHECK(op(p, 0, 0).args.at(0).value == "make");
}

TEST_CASE("RUN --mount values become mounts", "[dockerfile][flags]") {
  auto p = parse(
      "FROM a\n"
      "RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n"
      "    --mount=type=secret,id=npmrc,target=/root/.npmrc,required \\\n"
      "    --mount=type=bind,from=build,source=/out,target=/in,ro \\\n"
      "    --mount=type=ssh --mount=type=tmpfs,target=/tmp,size=64m \\\n"
      "    --mount=target=/src \\\n"
      "    --network=none --security=insecure make\n");
  REQUIRE(p.build.errors.empty());
  const auto& run = op(p, 0, 0);
  const auto& mounts = run.as<ir::RunOp>()->mounts;
  REQUIRE(mounts.size() == 6);
  CHECK(mounts[0].type == ir::Mount::Type::Cache);
  CHECK(mounts[0].option("target") == "/var/cache/apt");
  CHECK(mounts[0].option("sharing") == "locked");
  CHECK(where(mounts[0].span) == "2:13-2:60");
  CHECK(mounts[1].type == ir::Mount::Type::Secret);
  CHECK(mounts[1].option("id") == "npmrc");
  CHECK(mounts[1].option("required") == "");
  CHECK(mounts[2].type == ir::Mount::Type::Bind);
  CHECK(mounts[2].option("from") == "build");
  CHECK(mounts[2].option("ro") == "");
  CHECK(mounts[3].type == ir::Mount::Type::Ssh);
  CHECK(mounts[4].type == ir::Mount::Type::Tmpfs);
  CHECK(mounts[4].option("size") == "64m");
  CHECK(mounts[5].type == ir::Mount::Type::Bind);
  CHECK(mounts[5].type_name.empty());
  CHECK(run.flag("network")->value->value == "none");
  CHECK(run.flag("security")->value->value == "insecure");
  CHECK(run.args.at(0).value == "make");
  CHECK(where(run.args.at(0).span) == "7:40-7:44");
}

TEST_CASE("unknown and malformed flags are errors; the flags are still kept", "[dockerfile][flags]") {
  auto p = parse(
      "FROM a\nCOPY --chmon=644 a b\nCOPY --from a b\nCOPY --link=maybe a b\n"
      "RUN --mount=type=foo,target=/x true\nRUN --network=bridge true\nCOPY --from=a --from=b x y\n"
      "HEALTHCHECK --interval=5x CMD true\nHEALTHCHECK --retries=-1 CMD true\nEXPOSE --port=80 80\n");
  const auto& e = p.build.errors;
  REQUIRE(e.size() == 9);
  CHECK(e[0].message == "unknown flag --chmon for COPY; did you mean --chmod?");
  CHECK(where(e[0].span) == "2:6-2:17");
  CHECK(op(p, 0, 0).flag("chmon")->value->value == "644");
  CHECK(e[1].message == "--from needs a value: --from=<value>");
  CHECK(where(e[1].span) == "3:6-3:12");
  CHECK(e[2].message == "--link takes true or false, not 'maybe'");
  CHECK(where(e[2].span) == "4:13-4:18");
  CHECK(e[3].message == "unknown mount type 'foo'; expected bind, cache, tmpfs, secret or ssh");
  CHECK(e[4].message == "--network takes default, none or host, not 'bridge'");
  CHECK(e[5].message == "--from is given more than once");
  CHECK(where(e[5].span) == "7:15-7:23");
  CHECK(e[6].message == "--interval takes a duration such as 30s or 1m30s, not '5x'");
  CHECK(e[7].message == "--retries takes a whole number that is not negative, not '-1'");
  CHECK(e[8].message == "unknown flag --port for EXPOSE");
  CHECK(op(p, 0, 8).args.at(0).value == "80");
}

TEST_CASE("a lone -- ends the flags", "[dockerfile][flags]") {
  auto p = parse("FROM a\nCOPY --link -- --weird-name /dst\n");
  const auto& copy = op(p, 0, 0);
  REQUIRE(copy.flags.size() == 1);
  CHECK(copy.args.at(0).value == "--weird-name");
  CHECK(where(copy.args.at(0).span) == "2:16-2:28");
}
