#pragma once
// Docker's own variable substitution in instruction words (`$V`, `${V}`, `${V:-d}`, `${V-d}`, `${V:+x}`,
// `${V+x}`, `${V:?msg}`, `${V?msg}`), with the values the Dockerfile and the config give: the ARGs before
// the first FROM (their defaults, overridden by `build-args`) for FROM lines.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "ir/build_definition.hpp"

namespace dlint::knowledge {

// Value of a variable, or nullopt when it is not set.
using VariableLookup = std::function<std::optional<std::string>(std::string_view name)>;

struct Expansion {
  std::string value;
  bool complete = true;              // false: a variable whose value is unknown was read (it expanded to "")
  std::optional<std::string> error;  // `${V:?msg}` with V unset: Docker fails the build with msg
};

// Expands `word` as Docker does: quotes are removed, single-quoted parts and escaped characters stay
// literal.
Expansion expand_variables(std::string_view word, const VariableLookup& lookup, char escape = '\\');

// The ARGs before the first FROM as FROM lines see them: name -> value (nullopt: declared, no value).
// A `build-args` entry of the config overrides a default; a default may use earlier global ARGs.
using ArgValues = std::map<std::string, std::optional<std::string>, std::less<>>;
ArgValues global_arg_values(const ir::BuildDefinition& build,
                            const std::map<std::string, std::string, std::less<>>& build_args);

// BuildKit's predefined platform args, as a build on linux/amd64 would set them.
std::optional<std::string> predefined_arg(std::string_view name);

// A stage's base image after substituting global ARGs; nullopt when it is not built from variables or a
// variable's value is unknown.
struct ResolvedBase {
  std::string text;  // e.g. "ubuntu:22.04"
  ir::ImageRef image;
};
std::optional<ResolvedBase> resolved_base(const ir::BuildDefinition& build, const ir::Stage& stage,
                                          const std::map<std::string, std::string, std::less<>>& build_args);

}  // namespace dlint::knowledge
