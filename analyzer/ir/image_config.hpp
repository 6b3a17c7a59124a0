#pragma once
// What the final image runs with: derived for a Dockerfile from its target stage and the stages it
// inherits from (FROM <stage>); given directly by a Luakit script's bk.export.
#include <optional>
#include <string>
#include <vector>

#include "ir/build_definition.hpp"

namespace dlint::ir {

struct ImageConfig {
  struct Setting {
    std::string value;
    Span span;  // the instruction that set it
  };
  std::size_t target_stage = 0;          // index of the stage that produces the image
  std::vector<std::size_t> stage_chain;  // target first, then the stages it inherits from (FROM <stage>)
  ImageRef base;                         // the external base image at the bottom of the chain
  std::vector<std::pair<std::string, Setting>> env;
  std::vector<std::pair<std::string, Setting>> labels;
  std::optional<Setting> user;  // last USER in the chain; nullopt: the base image's user (often root)
  std::optional<Setting> workdir;
  std::vector<Setting> exposed_ports;
  std::vector<Setting> volumes;
  const Op* healthcheck = nullptr;  // last HEALTHCHECK in the chain (may be HEALTHCHECK NONE)
  const Op* cmd = nullptr;
  const Op* entrypoint = nullptr;
  std::optional<Setting> stop_signal;
};

// Derives the configuration of `target` (default: the last stage). Returns nullopt when there are no stages.
std::optional<ImageConfig> derive_image_config(const BuildDefinition& build,
                                               std::optional<std::size_t> target = std::nullopt);

}  // namespace dlint::ir
