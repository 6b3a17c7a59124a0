#include <catch2/catch.hpp>

#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "ir/image_config.hpp"

using namespace dlint;

namespace {
// The config points into the build's ops, so both are kept together.
struct Parsed {
  ir::BuildDefinition build;
  std::optional<ir::ImageConfig> config;
};
std::unique_ptr<Parsed> parse(const std::string& text, std::optional<std::size_t> target = std::nullopt) {
  auto parsed = std::make_unique<Parsed>();
  parsed->build = frontends::parse_dockerfile(SourceFile(0, "Dockerfile", text));
  parsed->config = ir::derive_image_config(parsed->build, target);
  return parsed;
}
std::string env_value(const ir::ImageConfig& c, const std::string& key) {
  for (const auto& [k, v] : c.env) {
    if (k == key) return v.value;
  }
  return "<unset>";
}
}  // namespace

TEST_CASE("image config follows FROM <stage> inheritance", "[ir][image-config]") {
  auto parsed = parse(
      "FROM debian:12 AS base\n"
      "ENV A=1 B=2\n"
      "USER app\n"
      "EXPOSE 80\n"
      "FROM alpine:3.19 AS other\n"
      "USER nobody\n"
      "FROM base\n"
      "ENV B=3\n"
      "HEALTHCHECK CMD true\n"
      "CMD [\"run\"]\n");
  auto& config = parsed->config;
  REQUIRE(config);
  CHECK(config->target_stage == 2);
  CHECK(config->stage_chain == std::vector<std::size_t>{2, 0});
  CHECK(config->base.repository == "library/debian");
  CHECK(env_value(*config, "A") == "1");
  CHECK(env_value(*config, "B") == "3");
  REQUIRE(config->user);
  CHECK(config->user->value == "app");
  CHECK(config->user->span.start.line == 3);
  REQUIRE(config->exposed_ports.size() == 1);
  CHECK(config->exposed_ports[0].value == "80");
  REQUIRE(config->healthcheck != nullptr);
  CHECK(config->healthcheck->span.start.line == 9);
  REQUIRE(config->cmd != nullptr);
}

TEST_CASE("image config of an unrelated final stage does not inherit", "[ir][image-config]") {
  auto parsed = parse("FROM debian:12 AS build\nUSER app\nFROM alpine:3.19\nCMD sh\n");
  auto& config = parsed->config;
  REQUIRE(config);
  CHECK(config->stage_chain == std::vector<std::size_t>{1});
  CHECK_FALSE(config->user);
  CHECK(config->healthcheck == nullptr);
}

TEST_CASE("ENTRYPOINT resets an inherited CMD; a target can be chosen", "[ir][image-config]") {
  auto parsed = parse("FROM debian:12 AS a\nCMD [\"x\"]\nFROM a\nENTRYPOINT [\"y\"]\n");
  auto& config = parsed->config;
  REQUIRE(config);
  CHECK(config->cmd == nullptr);
  CHECK(config->entrypoint != nullptr);
  auto first_parsed = parse("FROM debian:12 AS a\nCMD [\"x\"]\nFROM a\nENTRYPOINT [\"y\"]\n", 0);
  auto& first = first_parsed->config;
  REQUIRE(first);
  CHECK(first->cmd != nullptr);
  CHECK(first->entrypoint == nullptr);
  CHECK_FALSE(parse("ARG X=1\n")->config);
}
