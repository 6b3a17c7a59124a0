#include "engine/config_loader.hpp"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <set>
#include <sstream>

#include "engine/rule.hpp"

namespace dlint {
namespace {

class ConfigReadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::string where(const std::string& path, const YAML::Node& node) {
  const YAML::Mark mark = node.Mark();
  if (mark.line < 0) return path;
  return path + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

[[noreturn]] void fail(const std::string& path, const YAML::Node& node, const std::string& message) {
  throw ConfigReadError(where(path, node) + ": " + message);
}

std::string scalar(const std::string& path, const YAML::Node& node, const std::string& what) {
  if (!node.IsScalar()) fail(path, node, what + " must be a single value");
  return node.Scalar();
}

std::vector<std::string> string_list(const std::string& path, const YAML::Node& node, const std::string& what) {
  if (!node.IsSequence()) fail(path, node, what + " must be a list");
  std::vector<std::string> out;
  for (const auto& item : node) out.push_back(scalar(path, item, "each entry of " + what));
  return out;
}

std::string rule_id(const std::string& path, const YAML::Node& node, const std::string& key) {
  const Rule* rule = RuleRegistry::instance().find(key);
  if (rule == nullptr) fail(path, node, "unknown rule '" + key + "' (see `dlint rules`)");
  return std::string(rule->meta().id);
}

// `label-schema`: label name -> value type, as hadolint spells it.
std::map<std::string, std::string, std::less<>> label_schema(const std::string& path, const YAML::Node& node) {
  static const std::set<std::string, std::less<>> types{"text", "url", "semver", "hash", "rfc3339", "spdx", "email"};
  if (!node.IsMap()) fail(path, node, "label-schema must map label names to types");
  std::map<std::string, std::string, std::less<>> schema;
  for (const auto& entry : node) {
    std::string type = scalar(path, entry.second, "a label type");
    if (types.count(type) == 0) {
      fail(path, entry.second,
           "unknown label type '" + type + "' (expected text, url, semver, hash, rfc3339, spdx or email)");
    }
    schema[entry.first.Scalar()] = type;
  }
  return schema;
}

bool boolean(const std::string& path, const YAML::Node& node, const std::string& what) {
  std::string value = scalar(path, node, what);
  if (value == "true") return true;
  if (value == "false") return false;
  fail(path, node, what + " must be true or false, not '" + value + "'");
}

std::optional<Severity> threshold(const std::string& path, const YAML::Node& node) {
  std::string value = scalar(path, node, "failure-threshold");
  if (value == "none") return std::nullopt;
  if (value == "ignore") return Severity::Style;  // hadolint's lowest level: every finding fails
  auto severity = parse_severity(value);
  if (!severity) fail(path, node, "failure-threshold must be error, warning, info, style or none, not '" + value + "'");
  return severity;
}

Config read_dlint(const YAML::Node& root, const std::string& path) {
  Config config;
  config.origin = path;
  for (const auto& entry : root) {
    const std::string key = entry.first.Scalar();
    const YAML::Node& value = entry.second;
    if (key == "rules") {
      if (!value.IsMap()) fail(path, value, "rules must map rule ids to off, on, error, warning, info or style");
      for (const auto& rule : value) {
        std::string id = rule_id(path, rule.first, rule.first.Scalar());
        std::string setting = scalar(path, rule.second, "a rule setting");
        if (setting == "off" || setting == "false") {
          config.enabled[id] = false;
        } else if (setting == "on" || setting == "true") {
          config.enabled[id] = true;
        } else if (auto severity = parse_severity(setting)) {
          config.enabled[id] = true;
          config.severity[id] = *severity;
        } else {
          fail(path, rule.second, "'" + setting + "' is not one of off, on, error, warning, info, style");
        }
      }
    } else if (key == "failure-threshold") {
      config.failure_threshold = threshold(path, value);
    } else if (key == "ignored-paths") {
      config.ignored_paths = string_list(path, value, "ignored-paths");
    } else if (key == "trusted-registries") {
      config.trusted_registries = string_list(path, value, "trusted-registries");
    } else if (key == "label-schema") {
      config.label_schema = label_schema(path, value);
    } else if (key == "strict-labels") {
      config.strict_labels = boolean(path, value, "strict-labels");
    } else if (key == "build-args") {
      if (!value.IsMap()) fail(path, value, "build-args must map names to values");
      for (const auto& arg : value) config.build_args[arg.first.Scalar()] = scalar(path, arg.second, "a build arg");
    } else if (key == "pinned-tags") {
      if (!value.IsMap()) fail(path, value, "pinned-tags must map image names to tags, e.g. node: \"20.11-bookworm\"");
      for (const auto& image : value) {
        std::string name = image.first.Scalar();
        std::size_t slash = name.rfind('/');
        std::size_t colon = name.rfind(':');
        bool tagged = colon != std::string::npos && (slash == std::string::npos || colon > slash);
        if (name.empty() || tagged || name.find_first_of("@ \t") != std::string::npos) {
          fail(path, image.first, "'" + name + "' is not an image name without a tag (e.g. node, ghcr.io/acme/app)");
        }
        std::string tag = scalar(path, image.second, "a pinned tag");
        if (tag.empty() || tag == "latest" || tag.find_first_of(":@/ \t") != std::string::npos) {
          fail(path, image.second, "'" + tag + "' is not a version tag (e.g. 20.11-bookworm)");
        }
        config.pinned_tags[name] = tag;
      }
    } else {
      fail(path, entry.first,
           "unknown key '" + key +
               "' (expected rules, failure-threshold, ignored-paths, trusted-registries, build-args, label-schema, "
               "strict-labels, pinned-tags)");
    }
  }
  return config;
}

// hadolint's keys; codes it knows that dlint has no rule for are skipped rather than rejected, so an
// existing file keeps working.
Config read_hadolint(const YAML::Node& root, const std::string& path) {
  Config config;
  config.origin = path;
  auto id_of = [](const std::string& code) -> std::optional<std::string> {
    const Rule* rule = RuleRegistry::instance().find(code);
    if (rule == nullptr) return std::nullopt;
    return std::string(rule->meta().id);
  };
  for (const auto& entry : root) {
    const std::string key = entry.first.Scalar();
    const YAML::Node& value = entry.second;
    if (key == "ignored") {
      for (const auto& code : string_list(path, value, "ignored")) {
        if (auto id = id_of(code)) config.enabled[*id] = false;
      }
    } else if (key == "override") {
      if (!value.IsMap()) fail(path, value, "override must map severities to lists of rule codes");
      for (const auto& level : value) {
        auto severity = parse_severity(level.first.Scalar());
        if (!severity) fail(path, level.first, "unknown severity '" + level.first.Scalar() + "'");
        for (const auto& code : string_list(path, level.second, "override." + level.first.Scalar())) {
          if (auto id = id_of(code)) config.severity[*id] = *severity;
        }
      }
    } else if (key == "trustedRegistries") {
      // hadolint takes a single string as well as a list.
      config.trusted_registries =
          value.IsScalar() ? std::vector<std::string>{value.Scalar()} : string_list(path, value, "trustedRegistries");
    } else if (key == "label-schema") {
      config.label_schema = label_schema(path, value);
    } else if (key == "strict-labels") {
      config.strict_labels = boolean(path, value, "strict-labels");
    } else if (key == "failure-threshold") {
      config.failure_threshold = threshold(path, value);
    } else if (key == "no-fail") {
      if (boolean(path, value, "no-fail")) config.failure_threshold = std::nullopt;
    }
    // Other hadolint keys (format, no-color, verbose, disable-ignore-pragma) are about its own command
    // line; see docs/compatibility.md.
  }
  return config;
}

bool is_hadolint_file(const std::string& path) {
  auto name = std::filesystem::path(path).filename().string();
  return name == ".hadolint.yaml" || name == ".hadolint.yml";
}

}  // namespace

ConfigResult parse_config(const std::string& text, const std::string& path) {
  try {
    YAML::Node root = YAML::Load(text);
    if (root.IsNull()) {
      Config empty;
      empty.origin = path;
      return empty;
    }
    if (!root.IsMap()) return ConfigError{where(path, root) + ": the config must be a mapping of keys to values"};
    return is_hadolint_file(path) ? read_hadolint(root, path) : read_dlint(root, path);
  } catch (const ConfigReadError& e) {
    return ConfigError{e.what()};
  } catch (const YAML::Exception& e) {
    return ConfigError{path + ":" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1) + ": " +
                       e.msg};
  }
}

ConfigResult load_config_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return ConfigError{path.string() + ": cannot read the config file"};
  std::ostringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), path.string());
}

ConfigResolver::ConfigResolver(std::optional<std::filesystem::path> explicit_config)
    : explicit_(std::move(explicit_config)) {}

ConfigResult ConfigResolver::for_file(const std::filesystem::path& file) {
  std::lock_guard lock(mutex_);
  if (explicit_) {
    auto it = cache_.find(*explicit_);
    if (it == cache_.end()) it = cache_.emplace(*explicit_, load_config_file(*explicit_)).first;
    return it->second;
  }
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::absolute(file, ec).parent_path();
  return for_directory(dir);
}

ConfigResult ConfigResolver::for_directory(const std::filesystem::path& dir) {
  if (auto it = cache_.find(dir); it != cache_.end()) return it->second;
  ConfigResult result = Config{};
  bool found = false;
  // A dlint config wins over a hadolint one in the same directory.
  for (const char* name : {".dlint.yaml", ".dlint.yml", ".hadolint.yaml", ".hadolint.yml"}) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(dir / name, ec)) {
      result = load_config_file(dir / name);
      found = true;
      break;
    }
  }
  if (!found && dir.has_parent_path() && dir.parent_path() != dir) result = for_directory(dir.parent_path());
  cache_.emplace(dir, result);
  return result;
}

}  // namespace dlint
