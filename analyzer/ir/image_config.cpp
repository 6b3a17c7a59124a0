#include "ir/image_config.hpp"

#include <algorithm>

namespace dlint::ir {
namespace {

// Replaces the entry for `key` or appends it, keeping first-set order for stable output.
void set_entry(std::vector<std::pair<std::string, ImageConfig::Setting>>& entries, const std::string& key,
               ImageConfig::Setting setting) {
  auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.first == key; });
  if (it != entries.end()) {
    it->second = std::move(setting);
  } else {
    entries.emplace_back(key, std::move(setting));
  }
}

void apply(const Op& op, ImageConfig& config) {
  switch (op.kind) {
    case OpKind::Env:
      for (const auto& kv : op.as<EnvOp>()->pairs) {
        set_entry(config.env, kv.key.value, {kv.value ? kv.value->value : std::string(), op.span});
      }
      break;
    case OpKind::Label:
      for (const auto& kv : op.as<LabelOp>()->labels) {
        set_entry(config.labels, kv.key.value, {kv.value ? kv.value->value : std::string(), op.span});
      }
      break;
    case OpKind::User: config.user = ImageConfig::Setting{op.as<UserOp>()->spec.value, op.span}; break;
    case OpKind::Workdir: config.workdir = ImageConfig::Setting{op.as<WorkdirOp>()->path.value, op.span}; break;
    case OpKind::Expose:
      for (const auto& port : op.as<ExposeOp>()->ports) config.exposed_ports.push_back({port.value, port.span});
      break;
    case OpKind::Volume:
      for (const auto& path : op.as<VolumeOp>()->paths) config.volumes.push_back({path.value, path.span});
      break;
    case OpKind::Healthcheck: config.healthcheck = &op; break;
    case OpKind::Cmd: config.cmd = &op; break;
    case OpKind::Entrypoint:
      config.entrypoint = &op;
      config.cmd = nullptr;  // Docker resets an inherited CMD when ENTRYPOINT is set.
      break;
    case OpKind::StopSignal:
      config.stop_signal = ImageConfig::Setting{op.as<StopSignalOp>()->signal.value, op.span};
      break;
    default: break;
  }
}

}  // namespace

std::optional<ImageConfig> derive_image_config(const BuildDefinition& build, std::optional<std::size_t> target) {
  if (build.stages.empty()) return std::nullopt;
  std::size_t index = target.value_or(build.stages.size() - 1);
  if (index >= build.stages.size()) return std::nullopt;

  ImageConfig config;
  config.target_stage = index;
  // Walk FROM <stage> links down to the external base; base_stage always points to an earlier stage,
  // so the walk ends, but bound it anyway.
  std::size_t current = index;
  for (std::size_t guard = 0; guard <= build.stages.size(); ++guard) {
    config.stage_chain.push_back(current);
    const auto& parent = build.stages[current].base_stage;
    if (!parent || *parent >= current) break;
    current = *parent;
  }
  config.base = build.stages[config.stage_chain.back()].base;

  // Apply from the bottom of the chain up, so later stages override what they inherit.
  for (auto it = config.stage_chain.rbegin(); it != config.stage_chain.rend(); ++it) {
    for (const auto& op : build.stages[*it].ops) apply(op, config);
  }
  return config;
}

}  // namespace dlint::ir
