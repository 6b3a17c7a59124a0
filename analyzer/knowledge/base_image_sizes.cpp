#include "knowledge/base_image_sizes.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <optional>
#include <vector>

#include "support/text_lines.hpp"

namespace dlint::knowledge {
namespace data {
extern const std::string_view base_images_tsv;
}

namespace {

struct Row {
  std::string_view image;
  std::string_view tag;
  std::uint64_t compressed = 0;
  std::optional<std::uint64_t> uncompressed;
};

std::uint64_t parse_number(std::string_view text) {
  std::uint64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// linux/amd64 rows of the table, in file order.
const std::vector<Row>& rows() {
  static const std::vector<Row> table = [] {
    std::vector<Row> out;
    std::string_view text = data::base_images_tsv;
    for_each_line(text, [&](std::string_view line) {
      std::array<std::string_view, 7> fields{};
      std::size_t count = 0, field_start = 0;
      while (count < fields.size()) {
        std::size_t tab = line.find('\t', field_start);
        fields[count++] =
            line.substr(field_start, tab == std::string_view::npos ? std::string_view::npos : tab - field_start);
        if (tab == std::string_view::npos) break;
        field_start = tab + 1;
      }
      if (count < 6 || fields[0] == "image" || fields[2] != "linux/amd64") return;
      Row row{fields[0], fields[1], parse_number(fields[3]), std::nullopt};
      if (!fields[4].empty()) row.uncompressed = parse_number(fields[4]);
      out.push_back(row);
    });
    return out;
  }();
  return table;
}

bool musl_family(std::string_view image, std::string_view tag) {
  return image == "alpine" || image == "busybox" || tag.find("alpine") != std::string_view::npos ||
         tag.find("musl") != std::string_view::npos;
}

// On-disk size from a row. Rows without a measured uncompressed size use the uncompressed/compressed
// ratios seen in the rows that have both: 2.0-2.3 for musl images, 2.6-2.8 for glibc ones.
ByteRange row_size(const Row& row) {
  if (row.uncompressed) {
    std::uint64_t margin = *row.uncompressed / 200;  // the source rounds to the megabyte: +-0.5%
    return {*row.uncompressed - margin, *row.uncompressed + margin};
  }
  bool musl = musl_family(row.image, row.tag);
  return {row.compressed * (musl ? 20 : 26) / 10, row.compressed * (musl ? 23 : 28) / 10};
}

std::string row_name(const Row& row) {
  return std::string(row.image) + ":" + std::string(row.tag);
}

BasePackages packages_for(std::string_view image, std::string_view tag) {
  if (musl_family(image, tag)) return BasePackages::Alpine;
  if (image == "debian" || image == "ubuntu" || tag_variant(tag) == "slim") return BasePackages::DebianMinimal;
  static constexpr std::array<std::string_view, 8> buildpack = {"node", "python",         "ruby", "golang",
                                                                "rust", "buildpack-deps", "perl", "php"};
  if (std::find(buildpack.begin(), buildpack.end(), image) != buildpack.end()) return BasePackages::DebianFull;
  return BasePackages::Unknown;
}

// Images whose bulk is a compiler toolchain: their -slim and -alpine variants keep most of it.
bool toolchain_image(std::string_view image) {
  return image == "rust" || image == "golang" || image == "gcc";
}

struct Distroless {
  std::string_view prefix;  // of the repository after "distroless/"
  ByteRange size;
  std::string_view source;
};

// Published figures (docs/size-estimates.md cites them); they are approximate, hence the ranges.
constexpr std::array<Distroless, 5> kDistroless = {{
    {"static", {2'000'000, 2'600'000}, "distroless static: ~2 MiB (project README), 2.43 MB measured"},
    {"base-nossl", {15'000'000, 21'000'000}, "distroless base-nossl: somewhat below base (20.4 MB)"},
    {"base", {19'000'000, 22'000'000}, "distroless base: 20.4 MB measured"},
    {"cc", {21'000'000, 24'000'000}, "distroless cc: 22.6 MB measured"},
    {"java", {180'000'000, 230'000'000}, "distroless java: ~200 MB measured"},
}};

}  // namespace

std::string_view tag_variant(std::string_view tag) {
  if (tag.find("alpine") != std::string_view::npos) return "alpine";
  if (tag.find("slim") != std::string_view::npos) return "slim";
  return "";
}

BaseImageSize base_image_size(const ir::ImageRef& ref) {
  BaseImageSize result;
  if (ref.scratch) {
    return {true, ByteRange::exact(0), "scratch is empty", BasePackages::None};
  }
  if (ref.has_variable) {
    result.source = "the image name uses a variable";
    return result;
  }
  std::string_view repository = ref.repository;
  if (auto pos = repository.find("distroless/"); pos != std::string_view::npos) {
    std::string_view flavour = repository.substr(pos + 11);
    for (const auto& entry : kDistroless) {
      if (flavour.substr(0, entry.prefix.size()) == entry.prefix) {
        return {true, entry.size, std::string(entry.source), BasePackages::None};
      }
    }
    return {true, {2'000'000, 250'000'000}, "distroless image of an unlisted flavour", BasePackages::None};
  }
  if (ref.registry != "docker.io" || repository.rfind("library/", 0) != 0) {
    result.source = "not an official image in the size table";
    return result;
  }
  std::string image = ref.short_name();
  std::string tag = ref.tag.empty() ? "latest" : ref.tag;
  result.packages = packages_for(image, tag);

  std::vector<const Row*> same_image;
  for (const auto& row : rows()) {
    if (row.image != image) continue;
    if (row.tag == tag) {
      result.known = true;
      result.size = row_size(row);
      result.source = "table: " + row_name(row) + (row.uncompressed ? " (measured on disk)" : " (compressed x ratio)");
      return result;
    }
    same_image.push_back(&row);
  }
  if (same_image.empty()) {
    result.source = "no " + image + " tag in the size table";
    return result;
  }
  // Another tag of the same variant: tags drift by version, so widen to the spread of the listed tags
  // and +-20% around them.
  std::string_view variant = tag_variant(tag);
  ByteRange spread{UINT64_MAX, 0};
  std::string names;
  auto add = [&](const Row& row, ByteRange size) {
    spread.low = std::min(spread.low, size.low);
    spread.high = std::max(spread.high, size.high);
    names += (names.empty() ? "" : ", ") + row_name(row);
  };
  for (const Row* row : same_image) {
    if (tag_variant(row->tag) == variant) add(*row, row_size(*row));
  }
  if (!names.empty()) {
    result.known = true;
    result.size = {spread.low * 8 / 10, spread.high * 12 / 10};
    result.source = "same variant, other tag: " + names;
    return result;
  }
  // Only other variants are listed: scale from them. From the table, -slim is 10-20% of the full image
  // and -alpine 4-15% (node, python); toolchain images keep 40-80% (the compiler is most of it).
  const Row* full = nullptr;
  for (const Row* row : same_image) {
    if (tag_variant(row->tag).empty()) full = row;
  }
  if (full && !variant.empty()) {
    ByteRange base = row_size(*full);
    bool toolchain = toolchain_image(image);
    std::uint64_t low = toolchain ? 40 : (variant == "slim" ? 10 : 4);
    std::uint64_t high = toolchain ? 80 : (variant == "slim" ? 20 : 15);
    result.known = true;
    result.size = {base.low * low / 100, base.high * high / 100};
    result.source = "scaled from " + row_name(*full) + " by the usual " + std::string(variant) + " ratio";
    return result;
  }
  for (const Row* row : same_image) add(*row, row_size(*row));
  result.known = true;
  result.size = {spread.low * 8 / 10, spread.high * 12 / 10};
  result.source = "other variants of " + image + ": " + names;
  return result;
}

}  // namespace dlint::knowledge
