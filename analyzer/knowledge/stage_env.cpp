#include "knowledge/stage_env.hpp"

#include "knowledge/stage_chain.hpp"

namespace dlint::knowledge {

std::string unquoted_value(std::string_view written) {
  std::string out;
  char quote = 0;
  for (std::size_t i = 0; i < written.size(); ++i) {
    const char c = written[i];
    if (quote == '\'') {
      if (c == '\'') {
        quote = 0;
      } else {
        out += c;
      }
    } else if (c == '\\' && i + 1 < written.size()) {
      out += written[++i];
    } else if (quote == '"') {
      if (c == '"') {
        quote = 0;
      } else {
        out += c;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<EnvSetting> find_env(const ir::BuildDefinition& build, std::size_t stage, const ir::Op* op,
                                   std::string_view name) {
  // A command's own environment (a Luakit `:run(cmd, { env = ... })`) comes before anything inherited.
  if (const auto* run = op != nullptr ? op->as<ir::RunOp>() : nullptr) {
    for (auto it = run->env.rbegin(); it != run->env.rend(); ++it) {
      if (it->key.value != name) continue;
      return EnvSetting{it->key.value, it->value ? std::optional<std::string_view>(it->value->value) : std::nullopt, op,
                        false};
    }
  }
  for (std::size_t current : stage_ancestry(build, stage)) {
    const bool own_stage = current == stage;
    std::optional<EnvSetting> found;
    for (const auto& candidate : build.stages[current].ops) {
      if (own_stage && &candidate == op) break;
      if (const auto* env = candidate.as<ir::EnvOp>()) {
        for (const auto& pair : env->pairs) {
          if (pair.key.value != name) continue;
          found = EnvSetting{pair.key.value, std::nullopt, &candidate, false};
          if (pair.value) found->value = pair.value->value;
        }
      } else if (const auto* arg = candidate.as<ir::ArgOp>(); arg && own_stage) {
        for (const auto& pair : arg->args) {
          if (pair.key.value != name) continue;
          found = EnvSetting{pair.key.value, std::nullopt, &candidate, true};
          if (pair.value) found->value = pair.value->value;
        }
      }
    }
    if (found) return found;
  }
  return std::nullopt;
}

}  // namespace dlint::knowledge
