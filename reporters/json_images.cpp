// Shape (docs/size-estimates.md): {path, final_stage: {index, name}, size_estimate: {low_bytes,
// high_bytes, complete}, stages: [{index, name, line, base: {image, low_bytes, high_bytes, known, source},
// size_estimate, layers: [{line, instruction, low_bytes, high_bytes, parts: [{kind, detail, low_bytes,
// high_bytes}]}]}]}. Lines are 1-based.
#include "reporters/json_images.hpp"

namespace dlint::reporters {
namespace {

void put_range(JsonTextWriter& out, const knowledge::ByteRange& range) {
  out.member("low_bytes", range.low);
  out.member("high_bytes", range.high);
}

void write_stage(JsonTextWriter& out, const knowledge::StageSize& stage) {
  out.begin_object();
  out.member("index", stage.index);
  out.member("name", stage.name);
  out.member("line", stage.span.start.line);
  out.key("base");
  out.begin_object();
  out.member("image", stage.base_text);
  put_range(out, stage.base.size);
  out.member("known", stage.base.known);
  out.member("source", stage.base.source);
  out.end_object();
  out.key("size_estimate");
  out.begin_object();
  put_range(out, stage.total);
  out.member("complete", stage.complete);
  out.end_object();
  out.key("layers");
  out.begin_array();
  for (const auto& layer : stage.layers) {
    out.begin_object();
    out.member("line", layer.span.start.line);
    out.member("instruction", layer.instruction);
    put_range(out, layer.size);
    out.key("parts");
    out.begin_array();
    for (const auto& part : layer.parts) {
      out.begin_object();
      out.member("kind", knowledge::layer_kind_name(part.kind));
      out.member("detail", part.detail);
      put_range(out, part.size);
      out.end_object();
    }
    out.end_array();
    out.end_object();
  }
  out.end_array();
  out.end_object();
}

}  // namespace

bool write_image_json(JsonTextWriter& out, const FileReport& file) {
  if (!file.image_size) return false;
  const auto& estimate = *file.image_size;
  out.begin_object();
  out.member("path", file.path);
  out.key("final_stage");
  out.begin_object();
  out.member("index", estimate.final_stage);
  out.member("name", estimate.final().name);
  out.end_object();
  out.key("size_estimate");
  out.begin_object();
  put_range(out, estimate.final().total);
  out.member("complete", estimate.final().complete);
  out.end_object();
  out.key("stages");
  out.begin_array();
  for (const auto& stage : estimate.stages) write_stage(out, stage);
  out.end_array();
  out.end_object();
  return true;
}

}  // namespace dlint::reporters
