#pragma once
#include <optional>
#include <string_view>

namespace dlint {

// The languages dlint reads. Each file is classified into one before it is parsed.
enum class InputKind : unsigned char { Dockerfile, Dockerignore, Compose, RunToml, Luakit };

std::string_view input_kind_name(InputKind kind);  // "dockerfile", "dockerignore", "compose", "run.toml", "luakit"
std::optional<InputKind> parse_input_kind(std::string_view name);

}  // namespace dlint
