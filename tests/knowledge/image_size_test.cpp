// The size estimate: base-image lookup, Debian dependency closure, ranges, final-stage accounting,
// COPY from the context and COPY --from.
#include <catch2/catch.hpp>
#include <string>

#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "knowledge/base_image_sizes.hpp"
#include "knowledge/debian_packages.hpp"
#include "knowledge/image_size.hpp"
#include "source/file_system.hpp"
#include "source/source_file.hpp"

using namespace dlint;
using knowledge::ByteRange;

namespace {

// name, KiB, priority, depends, provides
constexpr std::string_view kTable =
    "# a comment line\n"
    "base-files\t400\tr\tlibc6\t-\n"
    "libc6\t13000\t-\tlibgcc-s1\t-\n"
    "libgcc-s1\t140\t-\tlibc6\t-\n"
    "apt\t4000\tr\tlibc6,libstdc++6\t-\n"
    "libstdc++6\t2600\t-\tlibc6,libgcc-s1\t-\n"
    "curl\t500\t-\tlibc6,libcurl4\t-\n"
    "libcurl4\t800\t-\tlibc6,libssl3|libgnutls30,zlib1g\t-\n"
    "libssl3\t6000\t-\tlibc6\t-\n"
    "libgnutls30\t3000\t-\tlibc6\t-\n"
    "zlib1g\t160\t-\tlibc6\t-\n"
    "mawk\t260\tr\tlibc6\tawk\n"
    "needs-awk\t10\t-\tawk\t-\n"
    "broken line without fields\n";

struct Built {
  SourceFile file;
  ir::BuildDefinition build;
  explicit Built(std::string text, std::string path = "app/Dockerfile")
      : file(0, std::move(path), std::move(text)), build(frontends::parse_dockerfile(file)) {}
};

knowledge::ImageSizeEstimate estimate(const std::string& text, const knowledge::SizeInputs& inputs = {}) {
  Built built(text);
  auto result = knowledge::estimate_image_size(built.build, inputs);
  REQUIRE(result.has_value());
  return *result;
}

constexpr std::uint64_t KiB = 1024;

}  // namespace

TEST_CASE("base images: table rows, variants, families", "[size][knowledge]") {
  using knowledge::base_image_size;
  auto slim = base_image_size(ir::ImageRef::parse("debian:bookworm-slim"));
  CHECK(slim.known);
  CHECK(slim.size == ByteRange{74'830'000 - 374'150, 74'830'000 + 374'150});  // measured, +-0.5%
  CHECK(slim.packages == knowledge::BasePackages::DebianMinimal);

  auto python = base_image_size(ir::ImageRef::parse("python:3.12"));  // compressed only: x2.6-2.8
  CHECK(python.size == ByteRange{410'908'459ull * 26 / 10, 410'908'459ull * 28 / 10});
  CHECK(python.packages == knowledge::BasePackages::DebianFull);

  auto scratch = base_image_size(ir::ImageRef::parse("scratch"));
  CHECK(scratch.known);
  CHECK(scratch.size == ByteRange::exact(0));

  // alpine:3.19 is not listed: the spread of the listed alpine tags, +-20%.
  auto alpine = base_image_size(ir::ImageRef::parse("alpine:3.19"));
  CHECK(alpine.known);
  CHECK(alpine.size.low == 3'626'020ull * 20 / 10 * 8 / 10);
  CHECK(alpine.size.high == 3'848'507ull * 23 / 10 * 12 / 10);  // alpine:3.23, compressed x2.3
  CHECK(alpine.packages == knowledge::BasePackages::Alpine);

  // Only the full rust image is listed: its alpine variant is scaled by the toolchain ratio (40-80%).
  auto rust_alpine = base_image_size(ir::ImageRef::parse("rust:1.75-alpine"));
  CHECK(rust_alpine.source.find("scaled from rust:1.98") != std::string::npos);
  CHECK(rust_alpine.size.low == 592'953'245ull * 26 / 10 * 40 / 100);

  auto distroless = base_image_size(ir::ImageRef::parse("gcr.io/distroless/static-debian12:nonroot"));
  CHECK(distroless.known);
  CHECK(distroless.size == ByteRange{2'000'000, 2'600'000});
  CHECK(distroless.packages == knowledge::BasePackages::None);

  CHECK_FALSE(base_image_size(ir::ImageRef::parse("ghcr.io/acme/app:1")).known);
  CHECK_FALSE(base_image_size(ir::ImageRef::parse("${BASE}")).known);
  CHECK_FALSE(base_image_size(ir::ImageRef::parse("mongo:7")).known);
}

TEST_CASE("tag variants", "[size][knowledge]") {
  CHECK(knowledge::tag_variant("3.12-slim-bookworm") == "slim");
  CHECK(knowledge::tag_variant("22-alpine3.20") == "alpine");
  CHECK(knowledge::tag_variant("1.26") == "");
}

TEST_CASE("Debian closure: dependencies, alternatives, virtual packages, base set", "[size][knowledge]") {
  knowledge::DebianPackageTable table(kTable);
  CHECK(table.size() == 12);
  // required packages and apt with their dependencies
  CHECK(table.base_set() ==
        std::set<std::string_view>{"apt", "base-files", "libc6", "libgcc-s1", "libstdc++6", "mawk"});

  auto curl = table.closure({"curl"}, table.base_set());
  CHECK(curl.added == std::vector<std::string_view>{"curl", "libcurl4", "libssl3", "zlib1g"});
  CHECK(curl.bytes == (500 + 800 + 6000 + 160) * KiB);  // the first alternative, libssl3

  // An alternative that is already installed satisfies the dependency.
  std::set<std::string_view> with_gnutls = table.base_set();
  with_gnutls.insert("libgnutls30");
  CHECK(table.closure({"curl"}, with_gnutls).bytes == (500 + 800 + 160) * KiB);

  // A virtual name resolves to its provider, here already in the base.
  CHECK(table.closure({"needs-awk"}, table.base_set()).bytes == 10 * KiB);
  // From nothing: everything, each package once despite the libc6 <-> libgcc-s1 cycle.
  CHECK(table.closure({"libc6"}, {}).bytes == (13000 + 140) * KiB);

  auto unknown = table.closure({"no-such-package", "curl"}, table.base_set());
  CHECK(unknown.unknown == std::vector<std::string>{"no-such-package"});
  CHECK(unknown.added.size() == 4);
}

TEST_CASE("the built-in bookworm table", "[size][knowledge]") {
  const auto& table = knowledge::bookworm_packages();
  CHECK(table.size() > 60'000);
  REQUIRE(table.find("curl").has_value());
  CHECK(table.base_set().contains("apt"));
  CHECK(table.base_set().contains("libc6"));
  CHECK_FALSE(table.base_set().contains("curl"));
}

TEST_CASE("apt installs: closure minus the base, recommends widen the range", "[size][knowledge]") {
  knowledge::DebianPackageTable table(kTable);
  knowledge::SizeInputs inputs;
  inputs.debian = &table;
  auto est = estimate(
      "FROM debian:bookworm-slim\n"
      "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1 && rm -rf /var/lib/apt/lists/*\n"
      "RUN apt-get install -y libssl3 zlib1g\n",
      inputs);
  const auto& stage = est.final();
  REQUIRE(stage.layers.size() == 2);
  CHECK(stage.layers[0].size == ByteRange::exact((500 + 800 + 6000 + 160) * KiB));
  CHECK(stage.layers[0].span.start.line == 2);
  // Already installed by line 2: nothing added; no --no-install-recommends widens only the high end.
  CHECK(stage.layers[1].size == ByteRange::exact(0));
  CHECK(stage.total == stage.base.size + stage.layers[0].size);

  auto lists = estimate("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y zlib1g\n", inputs);
  const auto& layer = lists.final().layers.at(0);
  REQUIRE(layer.parts.size() == 2);
  CHECK(layer.parts[0].size == ByteRange{160 * KiB, 160 * KiB * 3 / 2});
  CHECK(layer.parts[1].detail == "apt package lists");

  // On a full language image the packages may be there already: the low end is 0.
  auto full = estimate("FROM python:3.12\nRUN apt-get install -y --no-install-recommends curl\n", inputs);
  CHECK(full.final().layers.at(0).size == ByteRange{0, (500 + 800 + 6000 + 160) * KiB});
}

TEST_CASE("only the final stage's chain counts; COPY --from takes what the stage produced", "[size][knowledge]") {
  auto est = estimate(
      "FROM rust:1.98 AS build\n"
      "RUN cargo build --release\n"
      "COPY <<EOF /out/config.toml\n"
      "key = 1\n"
      "EOF\n"
      "FROM scratch\n"
      "COPY --from=build /out/config.toml /etc/\n"
      "COPY --from=build /app/target/release/app /app\n");
  REQUIRE(est.stages.size() == 2);
  CHECK(est.final_stage == 1);
  const auto& final_stage = est.final();
  CHECK(final_stage.base.size == ByteRange::exact(0));
  REQUIRE(final_stage.layers.size() == 2);
  CHECK(final_stage.layers[0].size == ByteRange::exact(8));               // the heredoc body "key = 1\n"
  CHECK(final_stage.layers[1].size == ByteRange{1'000'000, 50'000'000});  // a build artifact
  CHECK(final_stage.total == ByteRange{1'000'008, 50'000'008});
  CHECK(est.stages[0].total.low > 1'000'000'000);  // the toolchain stays in the builder
  CHECK(est.breakdown(1) == "base scratch 0 B, copy-from-stage 1.0-50.0 MB");
}

TEST_CASE("FROM <stage> starts from that stage's total", "[size][knowledge]") {
  auto est = estimate(
      "FROM alpine:3.24 AS base\n"
      "COPY <<EOF /a\nxx\nEOF\n"
      "FROM base\n"
      "COPY --from=base /a /b\n"
      "COPY --from=0 /missing /c\n");
  const auto& stage = est.final();
  CHECK(stage.base_stage == 0u);
  CHECK(stage.base.size == est.stages[0].total);
  CHECK(stage.layers[0].size == ByteRange::exact(3));
  // Nothing known at that path and nothing built: anything up to the source stage's total.
  CHECK(stage.layers[1].size == ByteRange{0, est.stages[0].total.high});
}

TEST_CASE("COPY from the context is measured through the file system", "[size][knowledge]") {
  MemoryFileSystem fs;
  fs.add_file("app/Dockerfile", "FROM scratch\n");
  fs.add_file("app/big.bin", std::string(1000, 'x'));
  fs.add_file("app/src/a.c", std::string(200, 'x'));
  fs.add_file("app/src/sub/b.c", std::string(30, 'x'));
  fs.add_file("app/src/notes.md", std::string(5, 'x'));
  knowledge::SizeInputs inputs;
  inputs.fs = &fs;
  inputs.context_dir = "app";
  const std::string text = "FROM scratch\nCOPY big.bin /\nCOPY src /src\nCOPY src/*.c /c/\nCOPY missing /m\n";
  auto est = estimate(text, inputs);
  const auto& layers = est.final().layers;
  REQUIRE(layers.size() == 4);
  CHECK(layers[0].size == ByteRange::exact(1000));
  CHECK(layers[1].size == ByteRange::exact(235));
  CHECK(layers[2].size == ByteRange::exact(200));
  CHECK(layers[3].size == ByteRange::exact(0));

  // The seam for .dockerignore: excluded paths are left out of the walk.
  inputs.excluded = [](const std::string& path) { return path == "src/sub" || path == "big.bin"; };
  auto filtered = estimate(text, inputs);
  CHECK(filtered.final().layers[0].size == ByteRange::exact(0));
  CHECK(filtered.final().layers[1].size == ByteRange::exact(205));

  // Without a file system the context is a guess.
  auto guessed = estimate("FROM scratch\nCOPY . /app\n");
  CHECK(guessed.final().layers[0].size == ByteRange{0, 10'000'000});
}

TEST_CASE("downloads, builds and other RUNs are ranges", "[size][knowledge]") {
  auto est = estimate(
      "FROM debian:bookworm-slim\n"
      "RUN curl -fsSLo /tmp/x.tgz https://example.com/x.tgz\n"
      "RUN curl -fsSL https://example.com/install.sh | sh\n"
      "RUN useradd app\n"
      "RUN apk add --no-cache $PACKAGES\n");
  const auto& layers = est.final().layers;
  REQUIRE(layers.size() == 4);
  CHECK(layers[0].parts.at(0).kind == knowledge::LayerKind::Download);
  CHECK(layers[0].parts.at(0).detail == "/tmp/x.tgz");
  CHECK(layers[1].parts.at(0).kind == knowledge::LayerKind::Run);  // piped into sh: nothing kept
  CHECK(layers[2].size == ByteRange{0, 1'000'000});
  CHECK(knowledge::format_range(layers[2].size) == "0-1.0 MB");
  CHECK(layers[3].size == ByteRange{200'000, 5'000'000});  // one unknown apk package
}

TEST_CASE("byte formatting", "[size][knowledge]") {
  CHECK(knowledge::format_bytes(0) == "0 B");
  CHECK(knowledge::format_bytes(812'345) == "812 kB");
  CHECK(knowledge::format_bytes(74'830'000) == "74.8 MB");
  CHECK(knowledge::format_range({120'000'000, 180'000'000}) == "120-180 MB");
  CHECK(knowledge::format_range({900'000, 2'500'000}) == "0.9-2.5 MB");
  CHECK(knowledge::format_range(ByteRange::exact(1'234'000'000)) == "1.2 GB");
}

TEST_CASE("odd inputs do not break the estimate", "[size][knowledge]") {
  auto est = estimate(
      "FROM alpine:3.24 AS a\n"
      "COPY --from=99999999999999999999999999 /x /x\n"
      "COPY --from=a /x /y\n"
      "COPY --from= /x /z\n"
      "RUN\n"
      "ADD https://example.com/a.tgz /\n");
  REQUIRE(est.stages.size() == 1);
  const auto& layers = est.final().layers;
  REQUIRE(layers.size() == 5);
  CHECK(layers[0].parts.at(0).kind == knowledge::LayerKind::FromImage);  // not a stage: an image name
  CHECK(layers[1].parts.at(0).kind == knowledge::LayerKind::FromImage);  // a stage cannot copy from itself
  CHECK(layers[4].size == ByteRange{0, 100'000'000});
}
