#pragma once
// A multi-container application: the services a Compose project or a run.toml defines, with
// what each one runs, publishes, mounts and is allowed to do. Every value keeps the span where it was
// written — in the compose file, an override file, an included file or an `extends` base — so findings
// point at the text the user has to change, whichever file it is in.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/build_definition.hpp"
#include "source/source_file.hpp"
#include "source/span.hpp"

namespace dlint::ir {

struct BoolValue {
  bool value = false;
  Span span;
};

// `KEY=value` in a list or `KEY: value` in a map (environment, labels, build args).
struct KeyValueEntry {
  Text key;
  std::optional<Text> value;  // nullopt: `KEY` alone (taken from the environment); values are interpolated
  std::string raw_value;      // the value before interpolation
  Span span;                  // the whole entry
};

struct PortMapping {
  std::optional<Text> host_ip;    // "127.0.0.1"; nullopt: every interface
  std::optional<Text> published;  // host port or range; nullopt: an ephemeral host port (or not published)
  Text target;                    // container port or range
  std::string protocol = "tcp";
  Span span;  // the whole entry
  bool long_syntax = false;
};

struct VolumeMount {
  std::string type;            // bind, volume, tmpfs, npipe, image, cluster
  std::optional<Text> source;  // host path for binds, volume name for volumes
  Text target;
  bool read_only = false;
  Span span;
};

struct Dependency {
  Text service;
  std::optional<Text> condition;  // nullopt: the list form or no `condition:` (service_started)
  bool required = true;
  Span span;
};

struct ServiceHealthcheck {
  bool disabled = false;  // `disable: true` or `test: ["NONE"]`
  Span span;
};

struct ResourceRef {  // a service's `secrets:` / `configs:` entry
  Text source;
  Span span;
};

struct EnvFileRef {
  Text path;
  std::string resolved_path;  // against the directory of the file it was written in
  bool required = true;
};

struct ServiceBuild {
  Text context;  // "." when only the dockerfile is given
  std::optional<Text> dockerfile;
  bool inline_dockerfile = false;  // `dockerfile_inline:`
  std::optional<Text> target;
  std::vector<KeyValueEntry> args;
  std::vector<KeyValueEntry> labels;
  Span span;  // the `build:` value
  // Resolved against the project directory (where the compose file is).
  std::string context_path;
  std::string dockerfile_path;
  bool remote_context = false;  // a git URL or http(s) tarball: not on disk
  // What the files around the project say (nullopt: not known, e.g. for stdin or a remote context).
  std::optional<bool> context_found;
  std::optional<bool> dockerfile_found;
  // The Dockerfile the service builds, parsed, when it was found (shared by services that build it).
  std::shared_ptr<const SourceFile> dockerfile_source;
  std::shared_ptr<const BuildDefinition> definition;
};

// A run.toml component: a service that runs as a WASI component rather than a container. Paths are as
// written; the resolved ones are against the project directory.
struct WasiComponent {
  std::optional<Text> source;     // source file or directory (`source`)
  std::optional<Text> wasm_path;  // the built component (`path`, runtime dialect)
  std::optional<Text> language;   // as declared
  std::optional<Text> wit;        // WIT world file (guide dialect)
  std::optional<Text> build_command;
  std::vector<Text> capabilities;  // `net:listen:8080`, `env:VAR`, `fs:read:/data`, ...
  std::string resolved_source;
  std::string resolved_wasm_path;
  std::string resolved_wit;
};

struct Service {
  Text name;  // the key under `services:`
  Span span;  // the service's mapping
  std::optional<Text> image;
  std::optional<ServiceBuild> build;
  std::optional<Text> container_name;
  std::optional<Text> pull_policy;
  std::vector<PortMapping> ports;
  std::vector<KeyValueEntry> environment;
  std::vector<EnvFileRef> env_files;
  std::vector<KeyValueEntry> labels;
  std::vector<VolumeMount> volumes;
  std::vector<Dependency> depends_on;
  std::optional<ServiceHealthcheck> healthcheck;
  std::optional<Text> user;
  std::optional<BoolValue> privileged;
  std::optional<BoolValue> read_only;
  std::optional<BoolValue> use_api_socket;
  std::vector<Text> cap_add;
  std::vector<Text> cap_drop;
  std::vector<Text> security_opt;
  std::optional<Text> network_mode;
  std::optional<Text> pid;
  std::optional<Text> ipc;
  std::optional<Text> userns_mode;
  std::optional<Text> runtime;
  std::optional<Text> restart;
  std::optional<Text> deploy_restart_condition;  // deploy.restart_policy.condition
  std::optional<Text> memory_limit;              // deploy.resources.limits.memory or mem_limit
  std::optional<Text> cpu_limit;                 // deploy.resources.limits.cpus or cpus
  std::optional<Text> pids_limit;                // deploy.resources.limits.pids or pids_limit
  std::vector<Text> tmpfs;
  std::vector<Text> devices;  // `devices:` entries, and `deploy.resources.reservations.devices` capabilities
  std::optional<Text> gpus;   // `gpus:`
  std::vector<ResourceRef> secrets;
  std::vector<ResourceRef> configs;
  std::vector<Text> profiles;
  // Set for a run.toml component (a WASI service); unset for containers (compose services, run.toml bridges).
  std::optional<WasiComponent> component;
  bool provider = false;  // `provider:`: a service run by a plugin, not a container
  // Not complete on its own: its `extends` base could not be read, or it is defined in an override file
  // analyzed without the file it overrides. Rules about missing keys skip it.
  bool partial = false;

  [[nodiscard]] bool has_security_opt(std::string_view prefix) const;
};

// A top-level network, volume, secret or config.
struct Resource {
  Text name;
  std::optional<Text> file;         // secrets/configs: `file:`
  std::string file_path;            // resolved against the project directory
  std::optional<Text> environment;  // secrets: `environment:`
  bool external = false;
  Span span;
};

struct ComposeError {
  std::string message;
  Span span;
};

// Which format described the application.
enum class ApplicationFormat : unsigned char { Compose, RunToml };

struct Application {
  ApplicationFormat format = ApplicationFormat::Compose;
  std::optional<Text> name;
  std::optional<Text> version;  // the obsolete top-level `version:` value
  Span version_entry;           // `version: "3.8"` from the key to the end of the value
  std::vector<Service> services;
  std::vector<Resource> networks;
  std::vector<Resource> volumes;
  std::vector<Resource> secrets;
  std::vector<Resource> configs;
  bool partial = false;     // the analyzed file is an override file, read without the file it overrides
  std::string project_dir;  // the directory relative paths are resolved against ("." for stdin)
  // Every compose file read, the analyzed one first, then override, included and `extends` files.
  // Spans carry the FileId of the file they are in.
  std::vector<std::shared_ptr<const SourceFile>> files;
  std::vector<ComposeError> syntax_errors;       // YAML errors, duplicate keys, interpolation errors
  std::vector<ComposeError> schema_errors;       // what the Compose Specification does not allow
  std::vector<ComposeError> unset_variables;     // `${VAR}` with no value and no default (they become "")
  std::vector<ComposeError> required_variables;  // `${VAR:?message}` with VAR unset: compose stops
  std::vector<ComposeError> missing_files;       // `extends: {file}` and `include:` files that do not exist

  [[nodiscard]] const Service* service(std::string_view name) const;
  [[nodiscard]] const Resource* secret(std::string_view name) const;
  // The compose file a span points into, or null.
  [[nodiscard]] std::shared_ptr<const SourceFile> file_of(const Span& span) const;
};

}  // namespace dlint::ir
