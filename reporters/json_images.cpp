// Shape (docs/size-estimates.md): {path, final_stage: {index, name}, size_estimate: {low_bytes,
// high_bytes, complete}, stages: [{index, name, line, base: {image, low_bytes, high_bytes, known, source},
// size_estimate, layers: [{line, instruction, low_bytes, high_bytes, parts: [{kind, detail, low_bytes,
// high_bytes}]}]}]}. Lines are 1-based.
#include "reporters/json_images.hpp"

namespace dlint::reporters {
namespace {

using nlohmann::ordered_json;

void put_range(ordered_json& out, const knowledge::ByteRange& range) {
  out["low_bytes"] = range.low;
  out["high_bytes"] = range.high;
}

ordered_json stage_json(const knowledge::StageSize& stage) {
  ordered_json out;
  out["index"] = stage.index;
  out["name"] = stage.name;
  out["line"] = stage.span.start.line;
  ordered_json base;
  base["image"] = stage.base_text;
  put_range(base, stage.base.size);
  base["known"] = stage.base.known;
  base["source"] = stage.base.source;
  out["base"] = std::move(base);
  ordered_json total;
  put_range(total, stage.total);
  total["complete"] = stage.complete;
  out["size_estimate"] = std::move(total);
  ordered_json layers = ordered_json::array();
  for (const auto& layer : stage.layers) {
    ordered_json entry;
    entry["line"] = layer.span.start.line;
    entry["instruction"] = layer.instruction;
    put_range(entry, layer.size);
    ordered_json parts = ordered_json::array();
    for (const auto& part : layer.parts) {
      ordered_json item;
      item["kind"] = std::string(knowledge::layer_kind_name(part.kind));
      item["detail"] = part.detail;
      put_range(item, part.size);
      parts.push_back(std::move(item));
    }
    entry["parts"] = std::move(parts);
    layers.push_back(std::move(entry));
  }
  out["layers"] = std::move(layers);
  return out;
}

}  // namespace

ordered_json image_json(const FileReport& file) {
  if (!file.image_size) return nullptr;
  {
    const auto& estimate = *file.image_size;
    ordered_json entry;
    entry["path"] = file.path;
    entry["final_stage"] = {{"index", estimate.final_stage}, {"name", estimate.final().name}};
    ordered_json total;
    put_range(total, estimate.final().total);
    total["complete"] = estimate.final().complete;
    entry["size_estimate"] = std::move(total);
    ordered_json stages = ordered_json::array();
    for (const auto& stage : estimate.stages) stages.push_back(stage_json(stage));
    entry["stages"] = std::move(stages);
    return entry;
  }
}

}  // namespace dlint::reporters
