#pragma once
// The build-time environment a RUN sees, as far as the Dockerfile tells: ENV set earlier in its stage or
// anywhere in the stages it inherits from (FROM <stage>), and ARGs declared earlier in its own stage
// (an ARG's scope ends with its stage), and before those the command's own `env` when `op` is a Luakit :run.
// The base image's own environment is unknown here.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ir/build_definition.hpp"

namespace dlint::knowledge {

struct EnvSetting {
  std::string_view name;
  std::optional<std::string_view> value;  // as written, quotes included; nullopt: `ARG NAME` without a default
  const ir::Op* op = nullptr;             // the ENV or ARG that set it
  bool from_arg = false;
};

// The value Docker gives an ENV/ARG value as written: quotes removed, backslash escapes resolved
// (`"gcc make"` -> `gcc make`, `a\ b` -> `a b`). Variable references are kept as written.
std::string unquoted_value(std::string_view written);

// The most recent setting of `name` visible to `op` of `stage` (null `op`: after the stage's last op).
std::optional<EnvSetting> find_env(const ir::BuildDefinition& build, std::size_t stage, const ir::Op* op,
                                   std::string_view name);

}  // namespace dlint::knowledge
