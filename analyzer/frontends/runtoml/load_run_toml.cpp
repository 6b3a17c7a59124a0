#include "frontends/runtoml/load_run_toml.hpp"

#include <algorithm>

#include "frontends/runtoml/rewrite_dialect.hpp"
#include "frontends/runtoml/run_toml_schema.hpp"
#include "frontends/runtoml/toml_tree.hpp"
#include "source/file_system.hpp"

namespace dlint::runtoml {
namespace {

class Lowering {
 public:
  Lowering(const SourceFile& file, ir::RunTomlProject& project) : file_(file), project_(project) {}

  void lower(const TomlNode& root) {
    bool runtime = false, guide = false;
    for (const auto& entry : root.entries) {
      if (runtime_section(entry.key)) runtime = true;
      if (guide_section(entry.key)) {
        guide = true;
        project_.ignored_sections.push_back({entry.key, entry.key_span});
      }
    }
    project_.dialect = runtime && guide ? ir::RunTomlDialect::Mixed
                       : guide          ? ir::RunTomlDialect::Guide
                       : runtime        ? ir::RunTomlDialect::Runtime
                                        : ir::RunTomlDialect::Empty;
    lower_runtime(root);
    lower_guide(root);
    collect_references(root);
  }

 private:
  ir::Application& app() { return project_.application; }

  static std::optional<ir::Text> text(const TomlNode* node) {
    if (!node || node->is_table() || node->is_array()) return std::nullopt;
    return ir::Text{node->value, node->span};
  }
  static std::optional<ir::Text> text(const TomlNode& table, std::string_view key) { return text(table.find(key)); }

  std::string raw(const Span& span) const {
    return std::string(file_.text().substr(span.begin, span.end - span.begin));
  }

  std::string resolve(const std::optional<ir::Text>& path) const {
    return path ? join_path(project_.application.project_dir, path->value) : std::string();
  }

  void define(const std::string& name) {
    if (!project_.defines(name)) project_.defined_variables.push_back(name);
  }

  std::vector<ir::KeyValueEntry> env_entries(const TomlNode* table) {
    std::vector<ir::KeyValueEntry> out;
    if (!table || !table->is_table()) return out;
    for (const auto& e : table->entries) {
      ir::KeyValueEntry kv;
      kv.key = {e.key, e.key_span};
      kv.value = text(e.value.get());
      kv.raw_value = raw(e.value->span);
      kv.span = file_.span(e.key_span.begin, std::max(e.key_span.begin, e.value->span.end));
      define(e.key);
      out.push_back(std::move(kv));
    }
    return out;
  }

  static ir::PortMapping port(const ir::Text& published, const ir::Text& target, const Span& span) {
    ir::PortMapping p;
    p.published = published;
    p.target = target;
    p.span = span;
    return p;
  }

  // --- the runtime's dialect ---
  void lower_runtime(const TomlNode& root) {
    if (const auto* project = root.find("project"); project && project->is_table()) {
      app().name = text(*project, "name");
      app().version = text(*project, "version");
    }
    if (const auto* components = root.find("components"); components && components->is_table()) {
      for (const auto& entry : components->entries) {
        if (entry.value->is_table()) app().services.push_back(runtime_component(entry));
      }
    }
    if (const auto* docker = root.find("docker"); docker && docker->is_table()) {
      for (const auto& entry : docker->entries) {
        if (!entry.value->is_table()) {
          if (entry.key == "env_var" || entry.key == "env") {
            if (auto v = text(entry.value.get())) define(v->value);
          }
          continue;
        }
        ir::Service s;
        s.name = {entry.key, entry.key_span};
        s.span = entry.value->span;
        for (const char* key : {"env_var", "env"}) {
          if (auto v = text(*entry.value, key)) define(v->value);
        }
        app().services.push_back(std::move(s));
      }
    }
    if (const auto* registry = root.find("registry"); registry && registry->is_table()) {
      project_.registry_auth_token = text(*registry, "auth_token");
    }
  }

  ir::Service runtime_component(const TomlEntry& entry) {
    const TomlNode& t = *entry.value;
    ir::Service s;
    s.name = {entry.key, entry.key_span};
    s.span = t.span;
    ir::WasiComponent c;
    c.source = text(t, "source");
    c.wasm_path = text(t, "path");
    c.language = text(t, "language");
    c.build_command = text(t, "build");
    if (const auto* caps = t.find("capabilities"); caps && caps->is_array()) {
      for (const auto& item : caps->items) {
        auto cap = text(item.get());
        if (!cap) continue;
        c.capabilities.push_back(*cap);
        const std::string& v = cap->value;
        if (v.rfind("env:", 0) == 0 && v.size() > 4 && v != "env:*") define(v.substr(4));
        if (v.rfind("net:listen:", 0) == 0) {
          ir::Text number{v.substr(11), cap->span};
          s.ports.push_back(port(number, number, cap->span));
        }
      }
    }
    c.resolved_source = resolve(c.source);
    c.resolved_wasm_path = resolve(c.wasm_path);
    s.component = std::move(c);
    s.environment = env_entries(t.find("env"));
    if (const auto* deps = t.find("dependencies"); deps && deps->is_array()) {
      for (const auto& item : deps->items) {
        if (auto d = text(item.get())) s.depends_on.push_back({*d, std::nullopt, true, d->span});
      }
    }
    s.restart = text(t, "restart");
    if (const auto* hc = t.find("health_check"); hc && hc->is_table())
      s.healthcheck = ir::ServiceHealthcheck{false, hc->span};
    return s;
  }

  // --- the guide's dialect ---
  void lower_guide(const TomlNode& root) {
    if (const auto* package = root.find("package"); package && package->is_table() && !app().name) {
      app().name = text(*package, "name");
      app().version = text(*package, "version");
    }
    // `[component.NAME.env]` tables: under the last `[[component]]`, or in a `component` table.
    std::vector<std::pair<const TomlEntry*, const TomlNode*>> named_env;
    auto collect_named = [&](const TomlNode& table, bool in_item) {
      for (const auto& e : table.entries) {
        if (in_item && guide_component_key(e.key)) continue;
        if (e.value->is_table()) named_env.emplace_back(&e, e.value->find("env"));
      }
    };
    if (const auto* component = root.find("component")) {
      if (component->is_array()) {
        for (const auto& item : component->items) {
          if (!item->is_table()) continue;
          guide_component(*item);
          collect_named(*item, true);
        }
      } else if (component->is_table()) {
        collect_named(*component, false);
      }
    }
    for (const auto& [entry, env] : named_env) {
      ir::Service* target = nullptr;
      for (auto& s : app().services) {
        if (s.component && s.name.value == entry->key) target = &s;
      }
      if (!target) {
        app().schema_errors.push_back({"`component." + entry->key + "` names no `[[component]]` with `name = \"" +
                                           entry->key + "\"`; its settings apply to nothing",
                                       entry->key_span});
        continue;
      }
      auto more = env_entries(env);
      target->environment.insert(target->environment.end(), more.begin(), more.end());
    }
    if (const auto* bridge = root.find("bridge"); bridge && bridge->is_table()) {
      for (const auto& entry : bridge->entries) {
        if (entry.value->is_table()) app().services.push_back(guide_bridge(entry));
      }
    }
    if (const auto* env = root.find("env"); env && env->is_table()) {
      for (const auto& entry : env->entries) {
        if (entry.value->is_table())
          project_.profiles.push_back({{entry.key, entry.key_span}, env_entries(entry.value.get())});
      }
    }
  }

  void guide_component(const TomlNode& t) {
    ir::Service s;
    auto name = text(t, "name");
    if (!name) {
      app().schema_errors.push_back({"a `[[component]]` without `name`", t.span});
      return;
    }
    s.name = *name;
    s.span = t.span;
    ir::WasiComponent c;
    c.source = text(t, "source");
    c.language = text(t, "language");
    c.wit = text(t, "wit");
    c.resolved_source = resolve(c.source);
    c.resolved_wit = resolve(c.wit);
    if (const auto* dev = t.find("dev"); dev && dev->is_table()) {
      if (const auto* p = dev->find("port"); p && p->kind == TomlKind::Integer) {
        ir::Text number{p->value, p->span};
        s.ports.push_back(port(number, number, p->span));
        c.capabilities.push_back({"net:listen:" + p->value, p->span});
      }
    }
    s.component = std::move(c);
    s.environment = env_entries(t.find("env"));
    app().services.push_back(std::move(s));
  }

  ir::Service guide_bridge(const TomlEntry& entry) {
    const TomlNode& t = *entry.value;
    ir::Service s;
    s.name = {entry.key, entry.key_span};
    s.span = t.span;
    s.image = text(t, "image");
    if (const auto* ports = t.find("ports")) {
      if (ports->is_table()) {
        for (const auto& e : ports->entries) {
          auto target = text(e.value.get());
          if (!target) continue;
          s.ports.push_back(port({e.key, e.key_span}, *target,
                                 file_.span(e.key_span.begin, std::max(e.key_span.begin, e.value->span.end))));
        }
      } else if (ports->is_array()) {
        for (const auto& item : ports->items) {
          auto v = text(item.get());
          if (!v) continue;
          auto colon = v->value.rfind(':');
          ir::Text published{colon == std::string::npos ? v->value : v->value.substr(0, colon), v->span};
          ir::Text target{colon == std::string::npos ? v->value : v->value.substr(colon + 1), v->span};
          s.ports.push_back(port(published, target, v->span));
        }
      }
    }
    s.environment = env_entries(t.find("env"));
    return s;
  }

  // Every `${NAME}` in a string, at its place in the file.
  void collect_references(const TomlNode& node) {
    if (node.is_string()) {
      std::string_view text = file_.text().substr(node.span.begin, node.span.end - node.span.begin);
      for (std::size_t at = text.find("${"); at != std::string_view::npos; at = text.find("${", at + 2)) {
        auto close = text.find('}', at);
        if (close == std::string_view::npos) break;
        std::string_view inner = text.substr(at + 2, close - at - 2);
        std::string name(inner.substr(0, inner.find_first_of(":-?")));
        if (name.empty()) continue;
        auto b = node.span.begin + static_cast<std::uint32_t>(at);
        project_.references.push_back({name, file_.span(b, node.span.begin + static_cast<std::uint32_t>(close) + 1)});
      }
    }
    for (const auto& e : node.entries) collect_references(*e.value);
    for (const auto& item : node.items) collect_references(*item);
  }

  const SourceFile& file_;
  ir::RunTomlProject& project_;
};

}  // namespace

ir::RunTomlProject load_run_toml(const std::shared_ptr<const SourceFile>& file) {
  ir::RunTomlProject project;
  ir::Application& app = project.application;
  app.format = ir::ApplicationFormat::RunToml;
  app.project_dir = parent_path(file->path());
  app.files.push_back(file);
  TomlDocument doc = parse_toml(*file);
  if (doc.error) {
    app.syntax_errors.push_back({doc.error->message, doc.error->span});
    return project;
  }
  validate_schema(*doc.root, app.schema_errors);
  Lowering(*file, project).lower(*doc.root);
  if (project.dialect == ir::RunTomlDialect::Guide) {
    project.runtime_rewrite = rewrite_to_runtime_dialect(*doc.root, project, project.rewrite_losses);
  }
  return project;
}

}  // namespace dlint::runtoml
