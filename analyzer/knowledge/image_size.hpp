#pragma once
// A static estimate of how big each stage of a build is, layer by layer: the base image from the size
// table, apt installs from Debian's package metadata (dependency closure minus what the base has),
// apk/pip/npm installs and downloads by stated heuristics, COPY/ADD from the build context on disk, and
// COPY --from by what the source stage is known to have produced. Every figure is a range; only the
// stages a target is built from count towards it. docs/size-estimates.md describes the method.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ir/build_definition.hpp"
#include "knowledge/base_image_sizes.hpp"
#include "knowledge/byte_range.hpp"

namespace dlint {
class FileSystem;
}

namespace dlint::knowledge {

class DebianPackageTable;

// What a layer's bytes are, for the breakdown in messages and JSON.
enum class LayerKind : unsigned char {
  Apt,
  Apk,
  Pip,
  Npm,
  Download,
  Build,
  Run,
  Context,
  FromStage,
  FromImage,
  Heredoc,
  Url
};
std::string_view layer_kind_name(LayerKind kind);  // "apt", "apk", ..., "copy", "copy-from", ...

struct LayerPart {
  LayerKind kind = LayerKind::Run;
  ByteRange size;
  std::string detail;  // "curl + 4 dependencies", "3 files", "/ruchy from stage builder"
};

struct LayerSize {
  // The instruction that makes the layer. Copies, not pointers: the estimate outlives the parsed build.
  std::string instruction;  // "RUN", "COPY", "ADD"
  Span span;
  ByteRange size;  // sum of the parts
  std::vector<LayerPart> parts;
};

struct StageSize {
  std::size_t index = 0;
  std::string name;       // AS name, or the index as text
  std::string base_text;  // as written after FROM
  Span span;              // the FROM instruction
  BaseImageSize base;     // for FROM <stage>: that stage's total, `source` naming it
  std::optional<std::size_t> base_stage;
  std::vector<LayerSize> layers;  // instructions that add bytes (RUN, COPY, ADD), in order
  ByteRange total;                // base + layers
  bool complete = true;           // false when some base down the chain has no known size
};

struct ImageSizeEstimate {
  std::vector<StageSize> stages;  // one per stage, in order; each as if it were the build target
  std::size_t final_stage = 0;    // the last stage: what `docker build` without --target produces
  [[nodiscard]] const StageSize& final() const { return stages[final_stage]; }
  // "base node:22-slim 80 MB, apt 40 MB, copy 3 MB": the final stage's total split by origin.
  [[nodiscard]] std::string breakdown(std::size_t stage) const;
};

struct SizeInputs {
  const FileSystem* fs = nullptr;  // null: context sizes are guessed, not measured
  std::string context_dir;         // the build context (the Dockerfile's directory by default)
  // Whether a context path (relative to context_dir, '/'-separated) is left out of the context. The
  // .dockerignore-aware build context plugs in here; by default nothing is excluded.
  std::function<bool(const std::string&)> excluded;
  const DebianPackageTable* debian = nullptr;  // null: the built-in bookworm table
};

// nullopt when the build has no stage.
std::optional<ImageSizeEstimate> estimate_image_size(const ir::BuildDefinition& build, const SizeInputs& inputs);

// Bytes under `path` in the context (a file's size, or every regular file below a directory), with `*`,
// `?` and `[...]` in the last component expanded. nullopt when nothing matches.
std::optional<std::uint64_t> context_bytes(const FileSystem& fs, const std::string& context_dir,
                                           const std::string& source,
                                           const std::function<bool(const std::string&)>& excluded);

// The files a download command leaves behind: `curl -o FILE`, `curl -O URL` (the URL's basename),
// `wget -O FILE`, `wget URL`. Nothing for output piped on (`curl URL | sh`, `wget -O- URL | tar x`).
std::vector<std::string> download_targets(const ir::SimpleCommand& command);

// A path inside the image: normalized, a relative one resolved against `workdir`.
std::string resolve_image_path(const std::string& workdir, const std::string& path);

}  // namespace dlint::knowledge
