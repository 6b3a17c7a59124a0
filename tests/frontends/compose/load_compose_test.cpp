// Compose semantics as `docker compose config` applies them: override files, extends, include,
// interpolation from .env, merge rules, and the Dockerfiles services build.
#include <catch2/catch.hpp>

#include "frontends/compose/load_compose.hpp"
#include "source/file_system.hpp"

using namespace dlint;

namespace {

ir::Application load(MemoryFileSystem& fs, const std::string& path = "app/compose.yaml") {
  auto text = fs.read(path, 1 << 20);
  REQUIRE(text);
  auto file = std::make_shared<const SourceFile>(0, path, *text);
  compose::LoadOptions options;
  options.fs = &fs;
  return compose::load_compose(file, options);
}

}  // namespace

TEST_CASE("the override file is merged, and its values keep their file", "[compose][load]") {
  MemoryFileSystem fs;
  fs.add_file(
      "app/compose.yaml",
      "services:\n  web:\n    image: web:1\n    ports: [\"80:80\"]\n    environment:\n      A: 1\n      B: 2\n");
  fs.add_file(
      "app/compose.override.yaml",
      "services:\n  web:\n    image: web:2\n    ports: [\"8080:80\"]\n    environment:\n      - B=3\n  db:\n    "
      "image: postgres:16\n");
  auto app = load(fs);
  REQUIRE(app.syntax_errors.empty());
  REQUIRE(app.services.size() == 2);
  const auto* web = app.service("web");
  CHECK(web->image->value == "web:2");
  CHECK(web->ports.size() == 2);
  REQUIRE(web->environment.size() == 2);
  CHECK(web->environment[1].key.value == "B");
  CHECK(web->environment[1].value->value == "3");
  auto file = app.file_of(web->image->span);
  REQUIRE(file);
  CHECK(file->path() == "app/compose.override.yaml");
  CHECK(web->image->span.start.line == 3);
}

TEST_CASE("!reset removes and !override replaces", "[compose][load]") {
  MemoryFileSystem fs;
  fs.add_file("app/compose.yaml",
              "services:\n  web:\n    image: web:1\n    ports: [\"80:80\"]\n    cap_add: [NET_ADMIN]\n");
  fs.add_file("app/compose.override.yaml", "services:\n  web:\n    ports: !reset []\n    cap_add: !override [CHOWN]\n");
  auto app = load(fs);
  const auto* web = app.service("web");
  CHECK(web->ports.empty());
  REQUIRE(web->cap_add.size() == 1);
  CHECK(web->cap_add[0].value == "CHOWN");
}

TEST_CASE("extends from the same file and from another file", "[compose][load]") {
  MemoryFileSystem fs;
  fs.add_file("app/compose.yaml",
              "services:\n  base:\n    image: base:1\n    restart: always\n  web:\n    extends: base\n    user: app\n"
              "  api:\n    extends:\n      file: common/services.yml\n      service: api\n");
  fs.add_file("app/common/services.yml", "services:\n  api:\n    build: ./api\n    read_only: true\n");
  fs.add_file("app/common/api/Dockerfile", "FROM alpine:3.20\nUSER app\n");
  auto app = load(fs);
  REQUIRE(app.syntax_errors.empty());
  const auto* web = app.service("web");
  CHECK(web->image->value == "base:1");
  CHECK(web->restart->value == "always");
  const auto* api = app.service("api");
  REQUIRE(api->build);
  // Relative paths of an extends base resolve against the base's own directory.
  CHECK(api->build->context_path == "app/common/api");
  CHECK(api->build->dockerfile_found == true);
  REQUIRE(api->build->definition);
  CHECK(api->build->definition->stages.size() == 1);
}

TEST_CASE("include brings in another project's services; a clash is an error", "[compose][load]") {
  MemoryFileSystem fs;
  fs.add_file("app/compose.yaml", "include:\n  - db/compose.yaml\nservices:\n  web:\n    image: web:1\n");
  fs.add_file("app/db/compose.yaml",
              "services:\n  db:\n    image: postgres:16\n    env_file: db.env\n  web:\n    image: x\n");
  auto app = load(fs);
  CHECK(app.service("db"));
  CHECK(app.service("web")->image->value == "web:1");
  REQUIRE(app.syntax_errors.size() == 1);
  CHECK(app.syntax_errors[0].message.find("included") != std::string::npos);
  REQUIRE(app.service("db")->env_files.size() == 1);
  CHECK(app.service("db")->env_files[0].resolved_path == "app/db/db.env");
}

TEST_CASE("variables come from the .env beside the file; the environment wins", "[compose][load]") {
  MemoryFileSystem fs;
  fs.add_file("app/compose.yaml", "services:\n  web:\n    image: web:${TAG}\n    user: ${RUN_AS}\n");
  fs.add_file("app/.env", "TAG=1.4\nRUN_AS=app\n");
  auto text = fs.read("app/compose.yaml", 1 << 20);
  auto file = std::make_shared<const SourceFile>(0, "app/compose.yaml", *text);
  compose::LoadOptions options;
  options.fs = &fs;
  options.environment = {{"RUN_AS", "root"}};
  auto app = compose::load_compose(file, options);
  CHECK(app.service("web")->image->value == "web:1.4");
  CHECK(app.service("web")->user->value == "root");
  CHECK(app.unset_variables.empty());
}

TEST_CASE("ports and volumes in both syntaxes, with exact spans", "[compose][load]") {
  MemoryFileSystem fs;
  fs.add_file(
      "app/compose.yaml",
      "services:\n  web:\n    image: w:1\n    ports:\n      - \"127.0.0.1:8080:80/udp\"\n      - \"[::1]:9000:9000\"\n"
      "      - target: 443\n        published: 8443\n    volumes:\n      - ./data:/data:ro,z\n      - cache:/cache\n"
      "      - /anon\n");
  auto app = load(fs);
  const auto* web = app.service("web");
  REQUIRE(web->ports.size() == 3);
  CHECK(web->ports[0].host_ip->value == "127.0.0.1");
  CHECK(web->ports[0].published->value == "8080");
  CHECK(web->ports[0].published->span.start.column == 20);
  CHECK(web->ports[0].target.value == "80");
  CHECK(web->ports[0].protocol == "udp");
  CHECK(web->ports[1].host_ip->value == "::1");
  CHECK(web->ports[1].published->value == "9000");
  CHECK(web->ports[2].long_syntax);
  CHECK(web->ports[2].published->value == "8443");
  REQUIRE(web->volumes.size() == 3);
  CHECK(web->volumes[0].type == "bind");
  CHECK(web->volumes[0].read_only);
  CHECK(web->volumes[0].source->span.start.column == 9);
  CHECK(web->volumes[1].type == "volume");
  CHECK_FALSE(web->volumes[2].source);
}

TEST_CASE("devices, gpus and device reservations are lowered", "[compose][load]") {
  MemoryFileSystem fs;
  fs.add_file("app/compose.yaml",
              "services:\n  ml:\n    image: ml:1\n    devices: [\"/dev/fuse:/dev/fuse\"]\n    gpus: all\n"
              "    deploy:\n      resources:\n        reservations:\n          devices:\n"
              "            - driver: nvidia\n              capabilities: [gpu]\n");
  auto app = load(fs);
  const auto* ml = app.service("ml");
  REQUIRE(ml != nullptr);
  REQUIRE(ml->devices.size() == 2);
  CHECK(ml->devices[0].value == "/dev/fuse:/dev/fuse");
  CHECK(ml->devices[1].value == "gpu");
  REQUIRE(ml->gpus);
  CHECK(ml->gpus->value == "all");
  CHECK(!ml->component);
}
