#include "frontends/runtoml/rewrite_dialect.hpp"

#include <cstdio>

namespace dlint::runtoml {

std::string toml_string(std::string_view value) {
  std::string out = "\"";
  for (char c : value) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string toml_key(std::string_view key) {
  bool bare = !key.empty();
  for (char c : key) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) bare = false;
  }
  return bare ? std::string(key) : toml_string(key);
}

namespace {

std::string upper_identifier(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') {
      out += static_cast<char>(c - 'a' + 'A');
    } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      out += c;
    } else {
      out += '_';
    }
  }
  return out;
}

std::string string_list(const std::vector<std::string>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + toml_string(values[i]);
  return out + "]";
}

// The guide's `[[component]]` table of a component, for the keys the Application does not keep.
const TomlNode* guide_table(const TomlNode& root, const std::string& name) {
  const TomlNode* components = root.find("component");
  if (!components || !components->is_array()) return nullptr;
  for (const auto& item : components->items) {
    const TomlNode* n = item->is_table() ? item->find("name") : nullptr;
    if (n && n->is_string() && n->value == name) return item.get();
  }
  return nullptr;
}

}  // namespace

std::string rewrite_to_runtime_dialect(const TomlNode& root, const ir::RunTomlProject& project,
                                       std::vector<std::string>& losses) {
  const ir::Application& app = project.application;
  std::string out =
      "# The dialect the run runtime reads: [project], [components.NAME], [docker.NAME]. Settings it has\n"
      "# no key for are kept below as comments.\n";
  if (const TomlNode* package = root.find("package"); package && package->is_table()) {
    out += "\n[project]\n";
    for (const auto& e : package->entries) {
      if (e.value->is_string()) out += toml_key(e.key) + " = " + toml_string(e.value->value) + "\n";
      if (e.key == "authors" && e.value->is_array()) {
        std::vector<std::string> authors;
        for (const auto& item : e.value->items) {
          if (item->is_string()) authors.push_back(item->value);
        }
        out += "authors = " + string_list(authors) + "\n";
      }
    }
  }
  std::optional<std::string> opt_level;
  bool strip_debug = false;
  for (const auto& s : app.services) {
    if (!s.component) continue;
    const ir::WasiComponent& c = *s.component;
    out += "\n[components." + toml_key(s.name.value) + "]\n";
    out += "path = " + toml_string("target/wasm/" + s.name.value + ".wasm") + "\n";
    if (c.source) out += "source = " + toml_string(c.source->value) + "\n";
    if (c.language) out += "language = " + toml_string(c.language->value) + "\n";
    std::vector<std::string> capabilities;
    for (const auto& cap : c.capabilities) capabilities.push_back(cap.value);
    for (const auto& e : s.environment) capabilities.push_back("env:" + e.key.value);
    if (!capabilities.empty()) out += "capabilities = " + string_list(capabilities) + "\n";
    if (c.wit) {
      out += "# wit = " + toml_string(c.wit->value) + " (no runtime key: the WIT world comes from the build)\n";
      losses.push_back("component " + s.name.value + ": `wit`");
    }
    if (const TomlNode* table = guide_table(root, s.name.value)) {
      if (const TomlNode* level = table->find("opt_level"); level && level->is_string()) {
        if (opt_level && *opt_level != level->value) {
          losses.push_back("component " + s.name.value + ": `opt_level` differs from another component's");
        }
        if (!opt_level) opt_level = level->value;
      }
      if (const TomlNode* strip = table->find("strip_debug"); strip && strip->value == "true") strip_debug = true;
    }
    if (!s.environment.empty()) {
      out += "\n[components." + toml_key(s.name.value) + ".env]\n";
      for (const auto& e : s.environment) {
        out += toml_key(e.key.value) + " = " + toml_string(e.value ? e.value->value : "") + "\n";
      }
    }
  }
  if (opt_level || strip_debug) {
    out += "\n[build]\n";
    if (opt_level) out += "opt_level = " + toml_string(*opt_level) + "\n";
    if (strip_debug) out += "debug = false\n";
  }
  std::vector<std::string> bridges;
  for (const auto& s : app.services) {
    if (!s.component) bridges.push_back(s.name.value);
  }
  if (!bridges.empty()) out += "\n[dev]\nservices = " + string_list(bridges) + "\n";
  for (const auto& s : app.services) {
    if (s.component) continue;
    std::string port = s.ports.empty() ? "80" : s.ports.front().target.value;
    out += "\n[docker." + toml_key(s.name.value) + "]\n";
    out += "url = " + toml_string("http://" + s.name.value + ":" + port) + "\n";
    out += "env_var = " + toml_string(upper_identifier(s.name.value) + "_URL") + "\n";
    if (s.image) {
      out += "# image = " + toml_string(s.image->value) + " (the runtime's docker entries name no image)\n";
      losses.push_back("bridge " + s.name.value + ": `image`");
    }
    for (const auto& p : s.ports) {
      if (p.published && p.published->value != p.target.value) {
        out += "# port " + p.published->value + " on the host -> " + p.target.value + "\n";
        losses.push_back("bridge " + s.name.value + ": host port " + p.published->value);
      }
    }
    for (const auto& e : s.environment) {
      out += "# env " + e.key.value + " = " + toml_string(e.value ? e.value->value : "") + "\n";
    }
    if (!s.environment.empty()) losses.push_back("bridge " + s.name.value + ": `env`");
  }
  if (const TomlNode* bridge = root.find("bridge"); bridge && bridge->is_table()) {
    if (const TomlNode* enabled = bridge->find("enabled"); enabled && enabled->value == "false") {
      out += "\n# [bridge] enabled = false: remove the [docker.*] entries above to keep the bridge off\n";
      losses.push_back("`[bridge] enabled = false`");
    }
  }
  for (const auto& profile : project.profiles) {
    out += "\n# [env." + profile.name.value + "] (the runtime has no profiles)\n";
    for (const auto& e : profile.env) {
      out += "# " + e.key.value + " = " + toml_string(e.value ? e.value->value : "") + "\n";
    }
    losses.push_back("profile " + profile.name.value);
  }
  return out;
}

}  // namespace dlint::runtoml
