#pragma once
// A run.toml project: the Application it describes (components as WASI services, bridges and docker
// entries as containers) and what only run.toml has: which dialect the file is written in, the sections
// the runtime ignores, `${VAR}` references and what defines variables, the registry token, profiles.
#include <optional>
#include <string>
#include <vector>

#include "ir/application.hpp"

namespace dlint::ir {

// The runtime reads [project], [components.NAME], [docker.NAME], ...; the migration guide and
// `run v2 compose migrate` examples write [package], [[component]], [bridge.NAME], ..., which the runtime
// silently ignores.
enum class RunTomlDialect : unsigned char { Empty, Runtime, Guide, Mixed };

struct VariableReference {
  std::string name;  // NAME in `${NAME}`
  Span span;         // the whole `${NAME}`
};

struct RunTomlProfile {  // a guide-dialect `[env.PROFILE]` table
  Text name;
  std::vector<KeyValueEntry> env;
};

struct RunTomlProject {
  Application application;  // format RunToml
  RunTomlDialect dialect = RunTomlDialect::Empty;
  // Top-level guide-dialect sections (their keys), which the runtime ignores.
  std::vector<Text> ignored_sections;
  // A guide-dialect file rewritten into the runtime dialect (nullopt for other dialects), and what the
  // rewrite could not carry over (written into it as comments).
  std::optional<std::string> runtime_rewrite;
  std::vector<std::string> rewrite_losses;
  std::vector<VariableReference> references;
  // Names a `${NAME}` may refer to: env table keys, profile keys, `env:NAME` capabilities, docker env_var.
  std::vector<std::string> defined_variables;
  std::vector<RunTomlProfile> profiles;
  std::optional<Text> registry_auth_token;  // [registry] auth_token

  [[nodiscard]] bool defines(const std::string& name) const;
};

}  // namespace dlint::ir
