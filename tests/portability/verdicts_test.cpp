// WASI-portability verdicts: for Dockerfiles and compose services analyzed through analyze_source (with
// the files around them in a MemoryFileSystem), and for run.toml-shaped Applications built by hand. Each
// reason class is asserted with the file and line it points at.
#include <catch2/catch.hpp>

#include "engine/analyze_source.hpp"
#include "knowledge/base_image_sizes.hpp"
#include "knowledge/infrastructure_images.hpp"
#include "knowledge/native_extensions.hpp"
#include "portability/manifest_scan.hpp"
#include "portability/service_assessment.hpp"
#include "portability/summary.hpp"
#include "source/file_system.hpp"

using namespace dlint;
using portability::Assessment;
using portability::Verdict;
using B = knowledge::BlockerClass;

namespace {

std::vector<Assessment> verdicts_of(MemoryFileSystem& fs, const std::string& path, InputKind kind) {
  auto text = fs.read(path, 1 << 20);
  REQUIRE(text);
  SourceFile file(3, path, *text);
  std::vector<Assessment> out;
  analyze_source(file, kind, Config{}, {.fs = &fs, .verdicts = &out});
  return out;
}

Assessment image_verdict(MemoryFileSystem& fs, const std::string& path = "app/Dockerfile") {
  auto verdicts = verdicts_of(fs, path, InputKind::Dockerfile);
  REQUIRE(verdicts.size() == 1);
  return verdicts.front();
}

Assessment dockerfile_verdict(const std::string& dockerfile) {
  MemoryFileSystem fs;
  fs.add_file("app/Dockerfile", dockerfile);
  return image_verdict(fs);
}

std::vector<std::tuple<B, std::string, std::uint32_t>> reasons(const Assessment& a) {
  std::vector<std::tuple<B, std::string, std::uint32_t>> out;
  for (const auto& r : a.reasons) out.emplace_back(r.kind, r.path, r.line);
  return out;
}

const Assessment& named(const std::vector<Assessment>& verdicts, std::string_view name) {
  for (const auto& a : verdicts) {
    if (a.name == name) return a;
  }
  FAIL("no verdict for " << name);
  return verdicts.front();
}

}  // namespace

TEST_CASE("a Rust build with nothing WASI lacks can migrate", "[portability]") {
  Assessment a = dockerfile_verdict(
      "FROM rust:1.80 AS build\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\n"
      "FROM debian:bookworm-slim\nCOPY --from=build /src/target/release/app /app\nCMD [\"/app\"]\n");
  CHECK(a.verdict == Verdict::Wasi);
  CHECK(a.kind == portability::AssessedKind::Image);
  CHECK(a.name == "app/Dockerfile");
  CHECK(a.line == 5);
  CHECK(a.language == "rust");
  CHECK(a.toolchain == "cargo-component (wasm32-wasip2)");
  CHECK(a.reasons.empty());
  CHECK_FALSE(a.already_wasm);
  REQUIRE(a.estimate().size);
  CHECK(a.estimate().size->low == 300'000);
  CHECK(a.estimate().size->high == 5'000'000);
  CHECK(a.estimate().startup_ms == 8);
  // The container side is kept too: the debian base image at least.
  REQUIRE(a.docker.size);
  CHECK(a.docker.size->low > 50'000'000);
}

TEST_CASE("the wasm Dockerfile of the Docker+Wasm article is a WASI component already", "[portability]") {
  Assessment a = dockerfile_verdict(
      "# syntax=docker/dockerfile:1\n\nFROM --platform=$BUILDPLATFORM rust:1.64 AS buildbase\nWORKDIR /src\n"
      "RUN <<EOT bash\n    set -ex\n    apt-get update\n    apt-get install -y \\\n        git \\\n        clang\n"
      "    rustup target add wasm32-wasi\nEOT\n\nFROM buildbase AS build\nCOPY Cargo.toml .\nCOPY src ./src \n"
      "RUN cargo build --target wasm32-wasi --release\n\nFROM scratch\nENTRYPOINT [ \"/hello.wasm\" ]\n"
      "COPY --link --from=build /src/target/wasm32-wasi/release/hello.wasm /hello.wasm\n");
  CHECK(a.verdict == Verdict::Wasi);
  CHECK(a.already_wasm);
  CHECK(a.language == "rust");
  CHECK(a.reasons.empty());
  CHECK(a.line == 19);
  // The article measured the image at 2.52 MB: inside the Rust module range.
  REQUIRE(a.estimate().size);
  CHECK(a.estimate().size->low <= 2'520'000);
  CHECK(a.estimate().size->high >= 2'520'000);
}

TEST_CASE("a stage platform of wasi/wasm makes the image a WASI module", "[portability]") {
  Assessment a = dockerfile_verdict("FROM --platform=wasi/wasm scratch\nCOPY app.wasm /\nCMD [\"/app.wasm\"]\n");
  CHECK(a.verdict == Verdict::Wasi);
  CHECK(a.already_wasm);
}

TEST_CASE("native libraries and C extensions block a build, each at its line", "[portability]") {
  MemoryFileSystem fs;
  fs.add_file("app/Dockerfile",
              "FROM python:3.12-slim\n"
              "RUN apt-get update && apt-get install -y --no-install-recommends \\\n"
              "      libpq-dev gcc libc6-dev\n"
              "RUN pip install --no-cache-dir psycopg2-binary==2.9.9 flask\n"
              "COPY requirements.txt .\n"
              "CMD [\"python\", \"app.py\"]\n");
  fs.add_file("app/requirements.txt", "# web\nflask==3.0\nlxml>=5\nrequests\n");
  Assessment a = image_verdict(fs);
  CHECK(a.verdict == Verdict::Blocked);
  CHECK(a.language == "python");
  CHECK(a.toolchain == "componentize-py");
  // libc6-dev is what wasi-libc replaces; gcc is a compiler, not a library.
  CHECK(reasons(a) == std::vector<std::tuple<B, std::string, std::uint32_t>>{
                          {B::NativeLibrary, "app/Dockerfile", 3},
                          {B::NativeLibrary, "app/Dockerfile", 4},
                          {B::NativeLibrary, "app/requirements.txt", 3},
                      });
  CHECK(a.reasons[0].message == "installs libpq-dev: a native library the WASI toolchain cannot link");
  CHECK(a.reasons[1].message.rfind("installs psycopg2-binary: ", 0) == 0);
  CHECK(a.reasons[2].message.rfind("requirements.txt depends on lxml: ", 0) == 0);
  // Blocked: the container side's figures.
  CHECK(a.estimate().startup_ms == 500);
  CHECK(a.estimate().size == a.docker.size);
}

TEST_CASE("-dev packages on alpine and RedHat are native libraries; the C library's own are not", "[portability]") {
  Assessment a = dockerfile_verdict(
      "FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev linux-headers \\\n"
      "      postgresql-dev\nRUN pip install flask\n");
  CHECK(a.verdict == Verdict::Blocked);
  CHECK(reasons(a) == std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::NativeLibrary, "app/Dockerfile", 3}});
  Assessment rpm =
      dockerfile_verdict("FROM python:3.12\nRUN dnf install -y openssl-devel glibc-devel\nRUN pip install x\n");
  CHECK(reasons(rpm) ==
        std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::NativeLibrary, "app/Dockerfile", 2}});
}

TEST_CASE("manifests in the context: package.json, Cargo.toml, go.mod", "[portability]") {
  SECTION("npm addons in dependencies, not in devDependencies") {
    auto found = portability::native_dependencies_in_manifest(
        "package.json",
        "{\n  \"name\": \"api\",\n  \"dependencies\": {\n    \"express\": \"^4\",\n    \"bcrypt\": \"^5\"\n  },\n"
        "  \"devDependencies\": {\n    \"sqlite3\": \"^5\"\n  }\n}\n",
        "package.json");
    REQUIRE(found.size() == 1);
    CHECK(found[0].line == 5);
    CHECK(found[0].message.find("bcrypt") != std::string::npos);
  }
  SECTION("crates linking C libraries, in [dependencies] and [dependencies.NAME]") {
    auto found = portability::native_dependencies_in_manifest(
        "Cargo.toml",
        "[package]\nname = \"x\"\n\n[dependencies]\nserde = \"1\"\nopenssl-sys = \"0.9\"\n\n[dev-dependencies]\n"
        "rdkafka = \"0.36\"\n\n[dependencies.pq-sys]\nversion = \"0.4\"\n",
        "Cargo.toml");
    REQUIRE(found.size() == 2);
    CHECK(found[0].line == 6);
    CHECK(found[1].line == 11);
  }
  SECTION("Go modules needing cgo, in a require block and on a require line") {
    auto found = portability::native_dependencies_in_manifest(
        "go.mod",
        "module example.com/x\n\ngo 1.22\n\nrequire github.com/google/gopacket v1.1.19\n\nrequire (\n"
        "\tgithub.com/gin-gonic/gin v1.9.1\n\tgithub.com/mattn/go-sqlite3 v1.14.22\n)\n",
        "go.mod");
    REQUIRE(found.size() == 2);
    CHECK(found[0].line == 5);
    CHECK(found[1].line == 9);
  }
}

TEST_CASE("cgo blocks a Go build, on the assignment and on ENV", "[portability]") {
  Assessment a = dockerfile_verdict(
      "FROM golang:1.22 AS build\nENV CGO_ENABLED=1\nRUN CGO_ENABLED=1 go build -o /app .\n"
      "FROM gcr.io/distroless/base\nCOPY --from=build /app /app\nCMD [\"/app\"]\n");
  CHECK(a.verdict == Verdict::Blocked);
  CHECK(a.language == "go");
  CHECK(a.toolchain == "TinyGo (wasip2)");
  CHECK(reasons(a) == std::vector<std::tuple<B, std::string, std::uint32_t>>{
                          {B::NativeLibrary, "app/Dockerfile", 2},
                          {B::NativeLibrary, "app/Dockerfile", 3},
                      });
}

TEST_CASE("shell-script entrypoints and process supervisors block a build", "[portability]") {
  SECTION("an entrypoint script") {
    Assessment a = dockerfile_verdict(
        "FROM node:22-slim\nCOPY . .\nRUN npm ci\nENTRYPOINT [\"/usr/local/bin/docker-entrypoint.sh\"]\n"
        "CMD [\"node\", \"server.js\"]\n");
    CHECK(a.verdict == Verdict::Blocked);
    CHECK(a.language == "javascript");
    CHECK(reasons(a) ==
          std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::ProcessSpawning, "app/Dockerfile", 4}});
  }
  SECTION("a shell-form command of several commands") {
    Assessment a = dockerfile_verdict("FROM node:22-slim\nRUN npm ci\nCMD npm run migrate && node server.js\n");
    CHECK(a.verdict == Verdict::Blocked);
    REQUIRE(a.reasons.size() == 1);
    CHECK(a.reasons[0].kind == B::ProcessSpawning);
    CHECK(a.reasons[0].line == 3);
    CHECK(a.reasons[0].message.find("2 commands") != std::string::npos);
  }
  SECTION("a shell-form command of one command is just the program") {
    Assessment a = dockerfile_verdict("FROM node:22-slim\nRUN npm ci\nCMD node server.js\n");
    CHECK(a.verdict == Verdict::Wasi);
  }
  SECTION("tini and gunicorn") {
    Assessment a = dockerfile_verdict(
        "FROM python:3.12-slim\nRUN pip install gunicorn\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"gunicorn\", "
        "\"app:app\"]\n");
    CHECK(a.verdict == Verdict::Blocked);
    CHECK(reasons(a) ==
          std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::ProcessSpawning, "app/Dockerfile", 3}});
  }
}

TEST_CASE("GUI, raw sockets and GPUs block a build", "[portability]") {
  SECTION("a virtual display") {
    Assessment a = dockerfile_verdict(
        "FROM python:3.12\nRUN apt-get update && apt-get install -y xvfb\nENV DISPLAY=:99\nCMD [\"python\", "
        "\"a.py\"]\n");
    CHECK(a.verdict == Verdict::Blocked);
    CHECK(reasons(a) == std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::Gui, "app/Dockerfile", 2},
                                                                               {B::Gui, "app/Dockerfile", 3}});
  }
  SECTION("packet capture on alpine") {
    Assessment a =
        dockerfile_verdict("FROM golang:1.22-alpine\nRUN apk add --no-cache tcpdump\nRUN go build -o /x .\n");
    CHECK(reasons(a) == std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::RawSocket, "app/Dockerfile", 2}});
  }
  SECTION("a CUDA base image") {
    Assessment a = dockerfile_verdict(
        "FROM nvidia/cuda:12.2.0-runtime-ubuntu22.04\nRUN pip install flask\nCMD [\"python3\", \"serve.py\"]\n");
    CHECK(a.verdict == Verdict::Blocked);
    CHECK(a.language == "python");
    CHECK(reasons(a) == std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::Gpu, "app/Dockerfile", 1}});
  }
}

TEST_CASE("a language with no component toolchain, or none detected, is blocked", "[portability]") {
  Assessment java =
      dockerfile_verdict("FROM eclipse-temurin:21\nCOPY app.jar /\nCMD [\"java\", \"-jar\", \"/app.jar\"]\n");
  CHECK(java.verdict == Verdict::Blocked);
  CHECK(java.language == "java");
  CHECK(java.toolchain.empty());
  CHECK(reasons(java) == std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::NoToolchain, "app/Dockerfile", 1}});
  Assessment unknown = dockerfile_verdict("FROM alpine:3.20\nCMD [\"echo\", \"hi\"]\n");
  CHECK(unknown.verdict == Verdict::Blocked);
  CHECK(unknown.language.empty());
  REQUIRE(unknown.reasons.size() == 1);
  CHECK(unknown.reasons[0].kind == B::NoToolchain);
}

TEST_CASE("languages from base images, build tools and manifests", "[portability]") {
  CHECK(dockerfile_verdict("FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet publish -c Release\n").toolchain ==
        "componentize-dotnet (NativeAOT-LLVM)");
  MemoryFileSystem fs;
  fs.add_file("app/Dockerfile",
              "FROM node:22-slim\nCOPY . .\nRUN npm ci && npm run build\nCMD [\"node\", \"dist/main.js\"]\n");
  fs.add_file("app/package.json", "{}\n");
  fs.add_file("app/tsconfig.json", "{}\n");
  Assessment ts = image_verdict(fs);
  CHECK(ts.language == "typescript");
  CHECK(ts.toolchain == "jco (ComponentizeJS)");
  // Only the stages built for the target count: a Rust stage nobody copies from says nothing.
  Assessment c = dockerfile_verdict("FROM rust:1.80 AS unused\nRUN cargo build\nFROM gcc:14\nRUN make\n");
  CHECK(c.language == "c++");
}

TEST_CASE("an image extending a database is a bridge", "[portability]") {
  Assessment a = dockerfile_verdict("FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n");
  CHECK(a.verdict == Verdict::Bridge);
  CHECK(reasons(a) == std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::Stateful, "app/Dockerfile", 1}});
  CHECK(a.estimate().startup_ms == 5000);
}

TEST_CASE("compose services: built, off-the-shelf, and what the configuration asks for", "[portability][compose]") {
  MemoryFileSystem fs;
  fs.add_file("app/docker-compose.yml",
              "services:\n"                                          // 1
              "  web:\n"                                             // 2
              "    build: .\n"                                       // 3
              "  db:\n"                                              // 4
              "    image: postgres:16\n"                             // 5
              "  cache:\n"                                           // 6
              "    image: bitnami/redis:7.2\n"                       // 7
              "  proxy:\n"                                           // 8
              "    image: nginx:1.27\n"                              // 9
              "    privileged: true\n"                               // 10
              "  agent:\n"                                           // 11
              "    build: .\n"                                       // 12
              "    privileged: true\n"                               // 13
              "    cap_add: [NET_ADMIN, SYS_PTRACE]\n"               // 14
              "    network_mode: host\n"                             // 15
              "    devices:\n"                                       // 16
              "      - /dev/fuse\n"                                  // 17
              "    gpus: all\n"                                      // 18
              "    volumes:\n"                                       // 19
              "      - /var/run/docker.sock:/var/run/docker.sock\n"  // 20
              "  ghost:\n"                                           // 21
              "    build: ./missing\n");                             // 22
  fs.add_file("app/Dockerfile", "FROM node:22-slim\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"server.js\"]\n");
  auto verdicts = verdicts_of(fs, "app/docker-compose.yml", InputKind::Compose);
  REQUIRE(verdicts.size() == 6);

  const Assessment& web = named(verdicts, "web");
  CHECK(web.kind == portability::AssessedKind::Service);
  CHECK(web.path == "app/docker-compose.yml");
  CHECK(web.line == 2);
  CHECK(web.verdict == Verdict::Wasi);
  CHECK(web.language == "javascript");
  CHECK(web.estimate().startup_ms == 10);

  const Assessment& db = named(verdicts, "db");
  CHECK(db.verdict == Verdict::Bridge);
  CHECK(db.language.empty());
  CHECK(reasons(db) ==
        std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::Stateful, "app/docker-compose.yml", 5}});
  CHECK(db.estimate().startup_ms == 5000);
  REQUIRE(db.estimate().size);  // postgres:16 is in the base image table
  CHECK(*db.estimate().size == knowledge::base_image_size(ir::ImageRef::parse("postgres:16")).size);

  CHECK(reasons(named(verdicts, "cache")) ==
        std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::Stateful, "app/docker-compose.yml", 7}});

  // A container can be privileged: off-the-shelf stays a bridge, the privilege is listed.
  const Assessment& proxy = named(verdicts, "proxy");
  CHECK(proxy.verdict == Verdict::Bridge);
  CHECK(reasons(proxy) == std::vector<std::tuple<B, std::string, std::uint32_t>>{
                              {B::Infrastructure, "app/docker-compose.yml", 9},
                              {B::Privileged, "app/docker-compose.yml", 10},
                          });
  CHECK(proxy.estimate().startup_ms == 500);

  // The project's own code asking for what WASI lacks is blocked.
  const Assessment& agent = named(verdicts, "agent");
  CHECK(agent.verdict == Verdict::Blocked);
  CHECK(agent.language == "javascript");
  CHECK(reasons(agent) == std::vector<std::tuple<B, std::string, std::uint32_t>>{
                              {B::Gpu, "app/docker-compose.yml", 17},
                              {B::Gpu, "app/docker-compose.yml", 18},
                              {B::Privileged, "app/docker-compose.yml", 13},
                              {B::Privileged, "app/docker-compose.yml", 14},
                              {B::HostNamespace, "app/docker-compose.yml", 15},
                              {B::ProcessSpawning, "app/docker-compose.yml", 20},
                              {B::RawSocket, "app/docker-compose.yml", 14},
                          });

  const Assessment& ghost = named(verdicts, "ghost");
  CHECK(ghost.verdict == Verdict::Blocked);
  CHECK(reasons(ghost) ==
        std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::NoToolchain, "app/docker-compose.yml", 22}});

  portability::MigrationSummary summary = portability::summarize(verdicts);
  CHECK(summary.recommendation == portability::Recommendation::Hybrid);
  CHECK(portability::recommendation_text(summary) == "Hybrid mode (1 WASI + 5 Docker)");
  CHECK(summary.bridge == 3);
  CHECK(summary.blocked == 2);
  CHECK(summary.docker.startup_ms == 5000);  // the slowest container
  CHECK(summary.wasi.startup_ms == 10);
  CHECK(summary.wasi.size == knowledge::ByteRange{8'000'000, 15'000'000});
  CHECK_FALSE(summary.docker.size_complete);  // the blocked builds' sizes are not all known
}

TEST_CASE("a compose service under a wasm runtime shim is WASI already", "[portability][compose]") {
  MemoryFileSystem fs;
  fs.add_file("app/docker-compose.yml",
              "services:\n  server:\n    image: demo/hello\n    build:\n      context: .\n"
              "    runtime: io.containerd.wasmedge.v1\n  plain:\n    image: demo/hello\n"
              "    runtime: io.containerd.wasmtime.v1\n");
  fs.add_file("app/Dockerfile", "FROM rust:1.80\nRUN cargo build --release\n");
  auto verdicts = verdicts_of(fs, "app/docker-compose.yml", InputKind::Compose);
  REQUIRE(verdicts.size() == 2);
  CHECK(verdicts[0].verdict == Verdict::Wasi);
  CHECK(verdicts[0].already_wasm);
  CHECK(verdicts[0].language == "rust");
  CHECK(verdicts[1].verdict == Verdict::Wasi);
  CHECK(verdicts[1].reasons.empty());
}

TEST_CASE("run.toml components are WASI, run.toml bridges are assessed like images", "[portability]") {
  auto file = std::make_shared<SourceFile>(7, "run.toml",
                                           "[[component]]\nname = \"web\"\nlanguage = \"Rust\"\n\n"
                                           "[bridge.postgres]\nimage = \"postgres:15\"\n");
  auto span_at = [&](std::uint32_t line, std::uint32_t column) {
    Span span;
    span.file = 7;
    span.start = {line, column};
    span.end_pos = {line, column + 1};
    return span;
  };
  ir::Application app;
  app.format = ir::ApplicationFormat::RunToml;
  app.files.push_back(file);
  ir::Service web;
  web.name = {"web", span_at(2, 9)};
  web.component = ir::WasiComponent{};
  web.component->language = ir::Text{"Rust", span_at(3, 13)};
  ir::Service bridge;
  bridge.name = {"postgres", span_at(5, 9)};
  bridge.image = ir::Text{"postgres:15", span_at(6, 10)};
  app.services = {web, bridge};

  Assessment w = portability::assess_service(app, app.services[0], nullptr);
  CHECK(w.verdict == Verdict::Wasi);
  CHECK(w.already_wasm);
  CHECK(w.language == "rust");
  CHECK(w.toolchain == "cargo-component (wasm32-wasip2)");
  CHECK(w.path == "run.toml");
  CHECK(w.line == 2);
  CHECK(w.estimate().startup_ms == 8);

  Assessment b = portability::assess_service(app, app.services[1], nullptr);
  CHECK(b.verdict == Verdict::Bridge);
  CHECK(reasons(b) == std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::Stateful, "run.toml", 6}});

  // A `[docker.NAME]` entry names no image: a bridge by the file's own choice, stateful by its name.
  ir::Service docker_db;
  docker_db.name = {"postgres", span_at(5, 9)};
  ir::Service docker_mail;
  docker_mail.name = {"mailer", span_at(6, 9)};
  Assessment d = portability::assess_service(app, docker_db, nullptr);
  CHECK(d.verdict == Verdict::Bridge);
  CHECK(reasons(d) == std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::Stateful, "run.toml", 5}});
  Assessment m = portability::assess_service(app, docker_mail, nullptr);
  CHECK(m.verdict == Verdict::Bridge);
  CHECK(reasons(m) == std::vector<std::tuple<B, std::string, std::uint32_t>>{{B::Infrastructure, "run.toml", 6}});

  std::vector<Assessment> both = {w, b};
  auto summary = portability::summarize(both);
  CHECK(portability::recommendation_text(summary) == "Hybrid mode (1 WASI + 1 Docker)");
  CHECK(portability::format_duration_ms(summary.docker.startup_ms) == "5s");
  CHECK(portability::format_duration_ms(summary.wasi.startup_ms) == "8ms");
  CHECK(portability::format_duration_ms(1450) == "1.5s");
  std::vector<Assessment> only_wasi = {w};
  CHECK(portability::recommendation_text(portability::summarize(only_wasi)) == "Pure WASI (1 WASI)");
  std::vector<Assessment> only_docker = {b};
  CHECK(portability::recommendation_text(portability::summarize(only_docker)) == "Stay on Docker (1 Docker)");
}

TEST_CASE("knowledge tables: infrastructure images and native extensions", "[portability][knowledge]") {
  auto infra = [](std::string_view image) { return knowledge::find_infrastructure_image(ir::ImageRef::parse(image)); };
  REQUIRE(infra("bitnami/redis:7.2"));
  CHECK(infra("bitnami/redis:7.2")->kind == knowledge::InfrastructureKind::Cache);
  REQUIRE(infra("docker.io/library/postgres@sha256:0123"));
  CHECK(infra("confluentinc/cp-kafka:7.6")->stateful);
  CHECK_FALSE(infra("nginx")->stateful);
  CHECK(infra("myorg/web:1.0") == nullptr);
  CHECK(infra("scratch") == nullptr);
  using E = knowledge::LibraryEcosystem;
  CHECK(knowledge::find_native_extension(E::Python, "Psycopg2_Binary") != nullptr);
  CHECK(knowledge::find_native_extension(E::Python, "flask") == nullptr);
  CHECK(knowledge::find_native_extension(E::Go, "github.com/google/gopacket/pcap") != nullptr);
  CHECK(knowledge::find_native_extension(E::Go, "github.com/google/gopacketx") == nullptr);
  CHECK(knowledge::find_native_extension(E::Node, "bcrypt") != nullptr);
  CHECK(knowledge::find_native_extension(E::Node, "bcryptjs") == nullptr);
}
