#pragma once
// Reading configuration files: `.dlint.yaml` (or `.dlint.yml`), and hadolint's `.hadolint.yaml` when a
// project has no dlint config, so hadolint users switch without rewriting theirs.
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <variant>

#include "engine/config.hpp"

namespace dlint {

struct ConfigError {
  std::string message;  // "path:line:column: what is wrong"
};

using ConfigResult = std::variant<Config, ConfigError>;

// Parses a config file's text. `path` names it in messages; hadolint's format is chosen by file name.
ConfigResult parse_config(const std::string& text, const std::string& path);
ConfigResult load_config_file(const std::filesystem::path& path);

// Finds the config for each analyzed file by walking up from its directory; caches per directory, so
// many files share one parse. Thread-safe.
class ConfigResolver {
 public:
  // `explicit_config`: `--config FILE`, used for every file. `base` is applied under any file's config
  // (command-line overrides are applied by the caller afterwards).
  explicit ConfigResolver(std::optional<std::filesystem::path> explicit_config = std::nullopt);
  ConfigResult for_file(const std::filesystem::path& file);

 private:
  ConfigResult for_directory(const std::filesystem::path& dir);
  std::optional<std::filesystem::path> explicit_;
  std::mutex mutex_;
  std::map<std::filesystem::path, ConfigResult> cache_;
};

}  // namespace dlint
