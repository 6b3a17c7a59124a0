#include "engine/input_kind.hpp"

namespace dlint {

std::string_view input_kind_name(InputKind kind) {
  switch (kind) {
    case InputKind::Dockerfile: return "dockerfile";
    case InputKind::Dockerignore: return "dockerignore";
    case InputKind::Compose: return "compose";
    case InputKind::RunToml: return "run.toml";
    case InputKind::Luakit: return "luakit";
  }
  return "dockerfile";
}

std::optional<InputKind> parse_input_kind(std::string_view name) {
  for (auto kind :
       {InputKind::Dockerfile, InputKind::Dockerignore, InputKind::Compose, InputKind::RunToml, InputKind::Luakit}) {
    if (input_kind_name(kind) == name) return kind;
  }
  return std::nullopt;
}

}  // namespace dlint
