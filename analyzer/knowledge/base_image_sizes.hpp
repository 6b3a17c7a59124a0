#pragma once
// How big a base image is on disk (uncompressed, as `docker images` shows it), from the table of
// registry-reported sizes in analyzer/knowledge/data/base-images.tsv where the image and tag are listed,
// and by family and variant otherwise. docs/size-estimates.md states every rule used here.
#include <string>
#include <string_view>

#include "ir/image_ref.hpp"
#include "knowledge/byte_range.hpp"

namespace dlint::knowledge {

// Which operating-system packages an image already has, for subtracting them from apt installs.
enum class BasePackages : unsigned char {
  Unknown,        // not Debian-based as far as we can tell (or unknown)
  DebianMinimal,  // debian, ubuntu, *-slim language images: Priority required + apt (debootstrap minbase)
  DebianFull,     // full language images (node:22, python:3.12, golang, rust): buildpack-deps, many -dev
                  // packages we cannot list, so apt installs on them may add nothing at all
  Alpine,         // alpine and *-alpine images
  None,           // scratch, distroless: no package manager
};

struct BaseImageSize {
  bool known = false;  // false: no figure at all; `size` is 0-0 and the total is incomplete
  ByteRange size;
  std::string source;  // how the figure was found, in plain words: "table: debian:bookworm-slim ..."
  BasePackages packages = BasePackages::Unknown;
};

BaseImageSize base_image_size(const ir::ImageRef& ref);

// The variant a tag names: "alpine", "slim", or "" for the full image ("3.12-slim-bookworm" -> "slim").
std::string_view tag_variant(std::string_view tag);

}  // namespace dlint::knowledge
