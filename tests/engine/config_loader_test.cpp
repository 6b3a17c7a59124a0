// Reading .dlint.yaml and .hadolint.yaml: the keys that carry over, and errors with positions.
#include <catch2/catch.hpp>

#include "engine/config_loader.hpp"
#include "engine/rule.hpp"

using namespace dlint;

namespace {
Config config_of(const std::string& text, const std::string& path) {
  ConfigResult result = parse_config(text, path);
  if (const auto* error = std::get_if<ConfigError>(&result)) FAIL(error->message);
  return std::get<Config>(result);
}
std::string error_of(const std::string& text, const std::string& path) {
  ConfigResult result = parse_config(text, path);
  const auto* error = std::get_if<ConfigError>(&result);
  REQUIRE(error != nullptr);
  return error->message;
}
}  // namespace

TEST_CASE("hadolint keys map to dlint settings", "[config][hadolint]") {
  Config c = config_of(
      "ignored: [DL3008, SC2086, DL9999]\n"
      "override:\n  error: [DL3006]\n  info: [DL3007]\n"
      "trustedRegistries: docker.io\n"
      "label-schema:\n  maintainer: text\n  org.opencontainers.image.source: url\n"
      "strict-labels: true\n"
      "failure-threshold: warning\n"
      "format: json\nno-color: true\n",
      "/p/.hadolint.yaml");
  CHECK(c.enabled.at("BP013") == false);  // DL3008; unknown codes are skipped
  CHECK(c.severity.at("BP002") == Severity::Error);
  CHECK(c.severity.at("BP003") == Severity::Info);
  CHECK(c.trusted_registries == std::vector<std::string>{"docker.io"});
  CHECK(c.label_schema.at("org.opencontainers.image.source") == "url");
  CHECK(c.strict_labels);
  CHECK(c.failure_threshold == Severity::Warning);

  CHECK_FALSE(config_of("no-fail: true\n", "/p/.hadolint.yml").failure_threshold.has_value());
  CHECK(config_of("failure-threshold: ignore\n", "/p/.hadolint.yml").failure_threshold == Severity::Style);
  CHECK(config_of("trustedRegistries: [a.io, '*.gcr.io']\n", "/p/.hadolint.yaml").trusted_registries.size() == 2);
}

TEST_CASE("dlint label-schema and strict-labels, with errors at their position", "[config]") {
  Config c = config_of("label-schema:\n  version: semver\nstrict-labels: false\n", "/p/.dlint.yaml");
  CHECK(c.label_schema.at("version") == "semver");
  CHECK_FALSE(c.strict_labels);
  CHECK(error_of("label-schema:\n  version: number\n", "/p/.dlint.yaml")
            .find("/p/.dlint.yaml:2:12: unknown label type") == 0);
  CHECK(error_of("strict-labels: maybe\n", "/p/.dlint.yaml").find("/p/.dlint.yaml:1:16: strict-labels must be") == 0);
  CHECK(error_of("label-schema: [a]\n", "/p/.hadolint.yaml").find("label-schema must map") != std::string::npos);
}
