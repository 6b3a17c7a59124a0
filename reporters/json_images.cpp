// Shape (docs/size-estimates.md): {path, final_stage: {index, name}, size_estimate: {low_bytes,
// high_bytes, complete}, stages: [{index, name, line, base: {image, low_bytes, high_bytes, known, source},
// size_estimate, layers: [{line, instruction, low_bytes, high_bytes, parts: [{kind, detail, low_bytes,
// high_bytes}]}]}]}. Lines are 1-based.
#include "reporters/json_images.hpp"

namespace dlint::reporters {
namespace {

void put_range(JsonTextWriter& out, const knowledge::ByteRange& range) {
  out.key("low_bytes");
  out.value(range.low);
  out.key("high_bytes");
  out.value(range.high);
}

void write_stage(JsonTextWriter& out, const knowledge::StageSize& stage) {
  out.begin_object();
  out.key("index");
  out.value(stage.index);
  out.key("name");
  out.value(stage.name);
  out.key("line");
  out.value(stage.span.start.line);
  out.key("base");
  out.begin_object();
  out.key("image");
  out.value(stage.base_text);
  put_range(out, stage.base.size);
  out.key("known");
  out.value(stage.base.known);
  out.key("source");
  out.value(stage.base.source);
  out.end_object();
  out.key("size_estimate");
  out.begin_object();
  put_range(out, stage.total);
  out.key("complete");
  out.value(stage.complete);
  out.end_object();
  out.key("layers");
  out.begin_array();
  for (const auto& layer : stage.layers) {
    out.begin_object();
    out.key("line");
    out.value(layer.span.start.line);
    out.key("instruction");
    out.value(layer.instruction);
    put_range(out, layer.size);
    out.key("parts");
    out.begin_array();
    for (const auto& part : layer.parts) {
      out.begin_object();
      out.key("kind");
      out.value(knowledge::layer_kind_name(part.kind));
      out.key("detail");
      out.value(part.detail);
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
  out.key("path");
  out.value(file.path);
  out.key("final_stage");
  out.begin_object();
  out.key("index");
  out.value(estimate.final_stage);
  out.key("name");
  out.value(estimate.final().name);
  out.end_object();
  out.key("size_estimate");
  out.begin_object();
  put_range(out, estimate.final().total);
  out.key("complete");
  out.value(estimate.final().complete);
  out.end_object();
  out.key("stages");
  out.begin_array();
  for (const auto& stage : estimate.stages) write_stage(out, stage);
  out.end_array();
  out.end_object();
  return true;
}

}  // namespace dlint::reporters
