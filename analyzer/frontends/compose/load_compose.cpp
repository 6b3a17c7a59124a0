#include "frontends/compose/load_compose.hpp"

#include <cctype>
#include <functional>
#include <map>
#include <set>

#include "frontends/compose/compose_schema.hpp"
#include "frontends/compose/yaml_tree.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "source/limits.hpp"

namespace dlint::compose {
namespace {

using yaml::Kind;
using yaml::Node;
using yaml::NodePtr;

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

std::string basename(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Ids for the extra files of one analysis: far from the ids the runner gives its inputs.
constexpr FileId kFirstExtraId = 0x40000000u;
constexpr std::size_t kMaxFiles = 64;
constexpr int kMaxExtendsDepth = 16;

class Loader {
 public:
  Loader(const std::shared_ptr<const SourceFile>& main, const LoadOptions& options)
      : options_(options), next_id_(kFirstExtraId) {
    app_.files.push_back(main);
    app_.project_dir = options.fs ? parent_path(main->path()) : ".";
    // `compose.override.yml`, `docker-compose.prod.override.yaml`: only the changes to another file.
    app_.partial = basename(main->path()).find(".override.") != std::string::npos;
    base_dirs_[main->id()] = app_.project_dir;
  }

  ir::Application run() {
    read_variables();
    NodePtr root = load_file(app_.files.front());
    if (!root) return std::move(app_);
    root = resolve_extends_in(root, app_.files.front()->id(), 0);
    for (const auto& path : override_files()) {
      auto file = read_file(path, app_.project_dir);
      if (!file) continue;
      NodePtr over = load_file(file);
      if (!over) continue;
      over = resolve_extends_in(over, file->id(), 0);
      root = merge(root, over, "");
    }
    root = apply_includes(root, 0);
    if (root) {
      validate_schema(*root, app_.schema_errors);
      if (root->is_map()) lower(*root);
    }
    return std::move(app_);
  }

 private:
  // --- files ------------------------------------------------------------------------------------------

  std::shared_ptr<const SourceFile> read_file(const std::string& path, const std::string& base_dir) {
    if (!options_.fs || app_.files.size() >= kMaxFiles) return nullptr;
    for (const auto& f : app_.files) {
      if (f->path() == path) return f;
    }
    auto text = options_.fs->read(path, limits::max_file_bytes);
    if (!text) return nullptr;
    auto file = std::make_shared<const SourceFile>(next_id_++, path, std::move(*text));
    app_.files.push_back(file);
    base_dirs_[file->id()] = base_dir;
    return file;
  }

  const SourceFile* source_of(FileId id) const {
    for (const auto& f : app_.files) {
      if (f->id() == id) return f.get();
    }
    return nullptr;
  }

  std::string base_dir_of(const Span& span) const {
    auto it = base_dirs_.find(span.file);
    return it == base_dirs_.end() ? app_.project_dir : it->second;
  }

  std::vector<std::string> override_files() {
    std::vector<std::string> out;
    if (options_.read_override_file && options_.fs) {
      std::string name = basename(app_.files.front()->path());
      std::string stem;
      for (auto candidate : {"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"}) {
        if (name == candidate) stem = name.substr(0, name.rfind('.'));
      }
      if (!stem.empty()) {
        for (auto ext : {".override.yaml", ".override.yml"}) {
          std::string path = join_path(app_.project_dir, stem + ext);
          if (options_.fs->stat(path)) {
            out.push_back(path);
            break;
          }
        }
      }
    }
    for (const auto& extra : options_.extra_files) out.push_back(join_path(app_.project_dir, extra));
    return out;
  }

  void read_variables() {
    if (options_.fs) {
      if (auto text = options_.fs->read(join_path(app_.project_dir, ".env"), limits::max_file_bytes)) {
        for (auto& entry : parse_env_file(*text)) {
          if (entry.value) variables_[entry.key] = *entry.value;
        }
      }
    }
    for (const auto& [key, value] : options_.environment) variables_[key] = value;
  }

  // Reads, checks and interpolates one compose file.
  NodePtr load_file(const std::shared_ptr<const SourceFile>& file) {
    yaml::Document doc = yaml::read(*file);
    for (auto& e : doc.errors) app_.syntax_errors.push_back({std::move(e.message), e.span});
    if (!doc.root) return nullptr;
    std::map<const Node*, NodePtr> memo;
    return interpolate_tree(doc.root, memo);
  }

  // --- interpolation ----------------------------------------------------------------------------------

  NodePtr interpolate_tree(const NodePtr& node, std::map<const Node*, NodePtr>& memo) {
    if (auto it = memo.find(node.get()); it != memo.end()) return it->second;
    NodePtr result = node;
    if (node->is_scalar() && node->raw.find('$') != std::string::npos) {
      Interpolated out = interpolate(node->raw, variables_);
      if (out.error) app_.syntax_errors.push_back({*out.error, node->span});
      if (out.required) app_.required_variables.push_back({*out.required, node->span});
      for (const auto& name : out.unset) {
        app_.unset_variables.push_back(
            {"the " + name + " variable is not set; it becomes an empty string", node->span});
      }
      if (out.substituted) {
        auto copy = std::make_shared<Node>(*node);
        copy->value = std::move(out.value);
        result = copy;
      }
    } else if (node->is_map() || node->is_sequence()) {
      std::shared_ptr<Node> copy;
      auto ensure_copy = [&] {
        if (!copy) copy = std::make_shared<Node>(*node);
      };
      for (std::size_t i = 0; i < node->items.size(); ++i) {
        NodePtr item = interpolate_tree(node->items[i], memo);
        if (item != node->items[i]) {
          ensure_copy();
          copy->items[i] = item;
        }
      }
      for (std::size_t i = 0; i < node->entries.size(); ++i) {
        NodePtr value = interpolate_tree(node->entries[i].value, memo);
        if (value != node->entries[i].value) {
          ensure_copy();
          copy->entries[i].value = value;
        }
      }
      if (copy) result = copy;
    }
    memo[node.get()] = result;
    return result;
  }

  // --- merging ----------------------------------------------------------------------------------------

  static NodePtr with_entries(const Node& like, std::vector<yaml::Entry> entries) {
    auto node = std::make_shared<Node>(like);
    node->entries = std::move(entries);
    node->tag.clear();
    return node;
  }

  // The part of a list item that identifies it when lists are merged.
  static std::string merge_key(const Node& item, std::string_view field) {
    if (field == "volumes") {
      if (item.is_map()) {
        const Node* target = item.get("target");
        return target ? target->value : "";
      }
      std::string_view v = item.value;
      auto colon = v.find(':');
      if (colon == std::string_view::npos) return std::string(v);
      std::string_view rest = v.substr(colon + 1);
      return std::string(rest.substr(0, rest.find(':')));
    }
    if (field == "secrets" || field == "configs") {
      if (item.is_map()) {
        const Node* target = item.get("target");
        const Node* source = item.get("source");
        return target ? target->value : source ? source->value : "";
      }
      return item.value;
    }
    // KEY=VALUE lists.
    std::string_view v = item.value;
    return std::string(v.substr(0, v.find('=')));
  }

  static bool list_or_dict(std::string_view field) {
    return field == "environment" || field == "labels" || field == "args" || field == "sysctls" ||
           field == "annotations" || field == "extra_hosts" || field == "depends_on" || field == "networks";
  }

  // A `KEY=VALUE` list as the mapping it stands for (depends_on/networks lists: names to null).
  NodePtr list_to_map(const Node& list) {
    auto map = std::make_shared<Node>();
    map->kind = Kind::Map;
    map->span = list.span;
    for (const auto& item : list.items) {
      if (!item->is_scalar()) continue;
      auto [key, value] = split_item(*item);
      map->entries.push_back({key, value ? value : std::make_shared<Node>(), false});
    }
    return map;
  }

  // Splits a `KEY=VALUE` scalar into key and value nodes whose spans point at each part as written.
  std::pair<NodePtr, NodePtr> split_item(const Node& item) {
    auto key = std::make_shared<Node>(item);
    std::size_t eq = item.value.find('=');
    Span key_span = item.span, value_span = item.span;
    if (const SourceFile* file = source_of(item.span.file); file && item.span.valid()) {
      std::string_view written = file->text().substr(item.span.begin, item.span.end - item.span.begin);
      std::uint32_t quote = (!written.empty() && (written[0] == '"' || written[0] == '\'')) ? 1 : 0;
      std::size_t weq = written.find('=');
      if (weq != std::string_view::npos) {
        key_span = file->span(item.span.begin + quote, static_cast<std::uint32_t>(item.span.begin + weq));
        value_span = file->span(static_cast<std::uint32_t>(item.span.begin + weq + 1),
                                item.span.end - (quote && written.size() > 1 ? quote : 0));
      } else {
        key_span = file->span(item.span.begin + quote, item.span.end - (quote && written.size() > 1 ? quote : 0));
      }
    }
    key->span = key_span;
    if (eq == std::string::npos) {
      key->value = item.value;
      key->raw = item.raw.substr(0, item.raw.find('='));
      return {key, nullptr};
    }
    key->value = item.value.substr(0, eq);
    key->raw = item.raw.substr(0, item.raw.find('='));
    key->quoted = true;
    auto value = std::make_shared<Node>(item);
    value->value = item.value.substr(eq + 1);
    std::size_t raw_eq = item.raw.find('=');
    value->raw = raw_eq == std::string::npos ? value->value : item.raw.substr(raw_eq + 1);
    value->quoted = true;
    value->span = value_span;
    return {key, value};
  }

  // Merges `over` onto `base` as compose merges files and `extends`: mappings key by key, most lists
  // appended, keyed lists (volumes by target, environment by name, ...) entry by entry, scalars and
  // commands replaced; `!reset` removes a value and `!override` replaces it whole.
  NodePtr merge(const NodePtr& base, const NodePtr& over, std::string_view field) {
    if (!over) return base;
    if (over->tag == "!reset") return nullptr;
    if (over->tag == "!override" || !base) return over;
    if (list_or_dict(field) && base->kind != over->kind && (base->is_map() || over->is_map())) {
      NodePtr b = base->is_sequence() ? list_to_map(*base) : base;
      NodePtr o = over->is_sequence() ? list_to_map(*over) : over;
      return merge(b, o, field);
    }
    if (base->is_map() && over->is_map()) {
      std::vector<yaml::Entry> entries;
      for (const auto& entry : base->entries) {
        const yaml::Entry* other = over->find(entry.key->value);
        if (!other) {
          entries.push_back(entry);
          continue;
        }
        NodePtr merged = merge(entry.value, other->value, entry.key->value);
        if (merged) entries.push_back({other->key, merged, false});
      }
      for (const auto& entry : over->entries) {
        if (base->find(entry.key->value)) continue;
        if (entry.value->tag == "!reset") continue;
        entries.push_back(entry);
      }
      return with_entries(*over, std::move(entries));
    }
    if (base->is_sequence() && over->is_sequence()) {
      if (field == "command" || field == "entrypoint" || field == "test") return over;
      bool keyed = field == "volumes" || field == "secrets" || field == "configs" || list_or_dict(field);
      auto node = std::make_shared<Node>(*over);
      node->tag.clear();
      node->items.clear();
      std::set<std::string> taken;
      for (const auto& item : over->items) taken.insert(keyed ? merge_key(*item, field) : item->value);
      for (const auto& item : base->items) {
        std::string key = keyed ? merge_key(*item, field) : item->value;
        // Unkeyed lists keep duplicates out only for plain strings (ports, dns, cap_add, ...).
        if (taken.count(key) && (keyed || item->is_scalar())) continue;
        node->items.push_back(item);
      }
      for (const auto& item : over->items) node->items.push_back(item);
      return node;
    }
    return over;
  }

  // --- extends ----------------------------------------------------------------------------------------

  // Resolves `extends:` for every service of a file's tree.
  NodePtr resolve_extends_in(const NodePtr& root, FileId file, int depth) {
    if (!root || !root->is_map()) return root;
    const yaml::Entry* services = root->find("services");
    if (!services || !services->value->is_map()) return root;
    std::vector<yaml::Entry> resolved;
    bool changed = false;
    for (const auto& entry : services->value->entries) {
      std::set<std::string> visiting;
      NodePtr service = resolve_service(*services->value, entry, file, depth, visiting);
      changed |= service != entry.value;
      resolved.push_back({entry.key, service, entry.merged});
    }
    if (!changed) return root;
    std::vector<yaml::Entry> top = root->entries;
    for (auto& e : top) {
      if (e.key->value == "services") e.value = with_entries(*services->value, std::move(resolved));
    }
    return with_entries(*root, std::move(top));
  }

  NodePtr resolve_service(const Node& services, const yaml::Entry& entry, FileId file, int depth,
                          std::set<std::string>& visiting) {
    const NodePtr& service = entry.value;
    if (!service->is_map()) return service;
    const yaml::Entry* extends = service->find("extends");
    if (!extends) return service;
    if (depth > kMaxExtendsDepth || !visiting.insert(std::to_string(file) + "/" + entry.key->value).second) {
      app_.syntax_errors.push_back(
          {"`extends` of service `" + entry.key->value + "` loops back to itself", extends->key->span});
      return without(service, "extends");
    }
    std::string base_name;
    const Node* file_node = nullptr;
    if (extends->value->is_scalar()) {
      base_name = extends->value->value;
    } else if (extends->value->is_map()) {
      if (const Node* s = extends->value->get("service")) base_name = s->value;
      file_node = extends->value->get("file");
    }
    NodePtr base;
    if (file_node) {
      std::string dir = base_dir_of(file_node->span);
      auto other = read_file(join_path(dir, file_node->value), parent_path(join_path(dir, file_node->value)));
      if (!other) {
        if (options_.fs) {
          app_.missing_files.push_back(
              {"`extends` names the file " + file_node->value + ", which does not exist", file_node->span});
        }
        return mark_partial(without(service, "extends"));
      }
      yaml::Document doc = yaml::read(*other);
      for (auto& e : doc.errors) app_.syntax_errors.push_back({std::move(e.message), e.span});
      std::map<const Node*, NodePtr> memo;
      NodePtr other_root = doc.root ? interpolate_tree(doc.root, memo) : nullptr;
      const Node* other_services = other_root && other_root->is_map() ? other_root->get("services") : nullptr;
      const yaml::Entry* base_entry = other_services ? other_services->find(base_name) : nullptr;
      if (base_entry) base = resolve_service(*other_services, *base_entry, other->id(), depth + 1, visiting);
    } else if (const yaml::Entry* base_entry = services.find(base_name)) {
      base = resolve_service(services, *base_entry, file, depth + 1, visiting);
    }
    if (!base) {
      if (file_node && !options_.fs) return mark_partial(without(service, "extends"));
      app_.syntax_errors.push_back(
          {"`extends` names the service `" + base_name + "`, which is not defined", extends->value->span});
      return without(service, "extends");
    }
    return merge(without(base, "extends"), without(service, "extends"), "");
  }

  // Services whose `extends` base could not be read carry this key so lowering marks them partial.
  static constexpr std::string_view kPartialKey = "x-dlint-partial";
  static NodePtr mark_partial(const NodePtr& service) {
    if (!service || !service->is_map()) return service;
    auto node = std::make_shared<Node>(*service);
    auto key = std::make_shared<Node>();
    key->kind = Kind::Scalar;
    key->value = std::string(kPartialKey);
    key->span = service->span;
    node->entries.push_back({key, std::make_shared<Node>(), true});
    return node;
  }

  static NodePtr without(const NodePtr& map, std::string_view key) {
    if (!map || !map->is_map() || !map->find(key)) return map;
    std::vector<yaml::Entry> entries;
    for (const auto& e : map->entries) {
      if (e.key->value != key) entries.push_back(e);
    }
    return with_entries(*map, std::move(entries));
  }

  // --- include ----------------------------------------------------------------------------------------

  NodePtr apply_includes(const NodePtr& root, int depth) {
    if (!root || !root->is_map()) return root;
    const Node* include = root->get("include");
    if (!include || !include->is_sequence()) return root;
    NodePtr result = root;
    for (const auto& item : include->items) {
      std::vector<const Node*> paths;
      if (item->is_scalar()) paths.push_back(item.get());
      if (item->is_map()) {
        if (const Node* p = item->get("path")) {
          if (p->is_scalar()) paths.push_back(p);
          for (const auto& sub : p->items) paths.push_back(sub.get());
        }
      }
      for (const Node* path_node : paths) {
        std::string path = join_path(base_dir_of(path_node->span), path_node->value);
        auto file = read_file(path, parent_path(path));
        if (!file) {
          if (options_.fs) {
            app_.missing_files.push_back(
                {"`include` names " + path_node->value + ", which does not exist", path_node->span});
          }
          continue;
        }
        NodePtr included = load_file(file);
        if (!included) continue;
        included = resolve_extends_in(included, file->id(), 0);
        if (depth < 8) included = apply_includes(included, depth + 1);
        result = add_included(result, included);
      }
    }
    return result;
  }

  // An included project's resources join the including one; defining one twice is an error.
  NodePtr add_included(const NodePtr& root, const NodePtr& included) {
    if (!included || !included->is_map()) return root;
    std::vector<yaml::Entry> top = root->entries;
    for (const auto& section : included->entries) {
      std::string_view name = section.key->value;
      if (name != "services" && name != "networks" && name != "volumes" && name != "secrets" && name != "configs") {
        continue;
      }
      if (!section.value->is_map()) continue;
      auto it = std::find_if(top.begin(), top.end(), [&](const yaml::Entry& e) { return e.key->value == name; });
      if (it == top.end()) {
        top.push_back(section);
        continue;
      }
      if (!it->value->is_map()) continue;
      std::vector<yaml::Entry> entries = it->value->entries;
      for (const auto& entry : section.value->entries) {
        if (const yaml::Entry* existing = it->value->find(entry.key->value)) {
          app_.syntax_errors.push_back(
              {std::string(name.substr(0, name.size() - 1)) + " `" + entry.key->value +
                   "` is defined both here and in an included file (line " +
                   std::to_string(entry.key->span.start.line) + " of " +
                   (source_of(entry.key->span.file) ? source_of(entry.key->span.file)->path() : std::string("it")) +
                   ")",
               existing->key->span});
          continue;
        }
        entries.push_back(entry);
      }
      it->value = with_entries(*it->value, std::move(entries));
    }
    return with_entries(*root, std::move(top));
  }

  // --- lowering ---------------------------------------------------------------------------------------

  static ir::Text text(const Node& node) { return {node.value, node.span}; }

  static std::optional<ir::Text> scalar(const Node& map, std::string_view key) {
    const Node* node = map.get(key);
    if (!node || !node->is_scalar()) return std::nullopt;
    return text(*node);
  }

  static std::optional<ir::BoolValue> boolean(const Node& map, std::string_view key) {
    const Node* node = map.get(key);
    if (!node || !node->is_scalar()) return std::nullopt;
    return ir::BoolValue{node->as_bool(), node->span};
  }

  static std::vector<ir::Text> strings(const Node* node) {
    std::vector<ir::Text> out;
    if (!node) return out;
    if (node->is_scalar()) out.push_back(text(*node));
    for (const auto& item : node->items) {
      if (item->is_scalar()) out.push_back(text(*item));
    }
    return out;
  }

  Span entry_span(const Node& key, const Node& value) const {
    const SourceFile* file = source_of(key.span.file);
    if (!file || key.span.file != value.span.file || value.span.end < key.span.begin) return key.span;
    return file->span(key.span.begin, std::max(key.span.end, value.span.end));
  }

  std::vector<ir::KeyValueEntry> key_values(const Node* node) {
    std::vector<ir::KeyValueEntry> out;
    if (!node) return out;
    if (node->is_map()) {
      for (const auto& e : node->entries) {
        ir::KeyValueEntry kv;
        kv.key = text(*e.key);
        if (!e.value->is_null()) {
          kv.value = text(*e.value);
          kv.raw_value = e.value->raw;
        }
        kv.span = entry_span(*e.key, *e.value);
        out.push_back(std::move(kv));
      }
    } else if (node->is_sequence()) {
      for (const auto& item : node->items) {
        if (!item->is_scalar()) continue;
        auto [key, value] = split_item(*item);
        ir::KeyValueEntry kv;
        kv.key = text(*key);
        if (value) {
          kv.value = text(*value);
          kv.raw_value = value->raw;
        }
        kv.span = item->span;
        out.push_back(std::move(kv));
      }
    }
    return out;
  }

  // A piece [offset, offset+length) of a scalar's value as a Text, located exactly when the scalar is
  // written on one line as it reads (no escapes, no substitution).
  ir::Text piece(const Node& node, std::size_t offset, std::size_t length) const {
    ir::Text out{node.value.substr(offset, length), node.span};
    const SourceFile* file = source_of(node.span.file);
    if (!file || !node.span.valid() || node.value != node.raw) return out;
    std::string_view written = file->text().substr(node.span.begin, node.span.end - node.span.begin);
    std::uint32_t quote = (!written.empty() && (written[0] == '"' || written[0] == '\'')) ? 1 : 0;
    if (written.substr(quote, node.value.size()) != node.value) return out;
    auto begin = static_cast<std::uint32_t>(node.span.begin + quote + offset);
    out.span = file->span(begin, static_cast<std::uint32_t>(begin + out.value.size()));
    return out;
  }

  ir::PortMapping short_port(const Node& node) const {
    ir::PortMapping port;
    port.span = node.span;
    std::string_view v = node.value;
    std::size_t slash = v.rfind('/');
    std::size_t end = v.size();
    if (slash != std::string_view::npos) {
      port.protocol = std::string(v.substr(slash + 1));
      end = slash;
    }
    // Split off "[ipv6]:" or "ip:" and "published:" from the right-most container port.
    std::vector<std::pair<std::size_t, std::size_t>> parts;  // offset, length
    std::size_t start = 0;
    if (!v.empty() && v[0] == '[') {
      std::size_t close = v.find(']');
      if (close != std::string_view::npos && close < end) {
        parts.emplace_back(1, close - 1);
        start = close + 1 < end && v[close + 1] == ':' ? close + 2 : close + 1;
      }
    }
    std::size_t pos = start;
    while (pos <= end) {
      std::size_t colon = v.find(':', pos);
      if (colon == std::string_view::npos || colon > end) colon = end;
      parts.emplace_back(pos, colon - pos);
      pos = colon + 1;
    }
    auto get = [&](std::size_t i) { return piece(node, parts[i].first, parts[i].second); };
    port.target = get(parts.size() - 1);
    if (parts.size() >= 2 && parts[parts.size() - 2].second > 0) port.published = get(parts.size() - 2);
    if (parts.size() >= 3) {
      ir::Text ip = get(parts.size() - 3);
      if (!ip.value.empty()) port.host_ip = ip;
    }
    return port;
  }

  static bool host_path(std::string_view source) {
    return starts_with(source, "/") || starts_with(source, ".") || starts_with(source, "~") ||
           starts_with(source, "$") || (source.size() > 1 && source[1] == ':');
  }

  ir::VolumeMount short_volume(const Node& node) const {
    ir::VolumeMount mount;
    mount.span = node.span;
    std::string_view v = node.value;
    std::vector<std::pair<std::size_t, std::size_t>> parts;
    std::size_t pos = 0;
    while (pos <= v.size()) {
      std::size_t colon = v.find(':', pos);
      // A Windows drive letter ("C:\data") is not a separator.
      if (colon == 1 && v.size() > 2 && std::isalpha(static_cast<unsigned char>(v[0])) &&
          (v[2] == '\\' || v[2] == '/')) {
        colon = v.find(':', 2);
      }
      if (colon == std::string_view::npos) colon = v.size();
      parts.emplace_back(pos, colon - pos);
      pos = colon + 1;
    }
    if (parts.size() == 1) {
      mount.type = "volume";
      mount.target = piece(node, parts[0].first, parts[0].second);
      return mount;
    }
    mount.source = piece(node, parts[0].first, parts[0].second);
    mount.target = piece(node, parts[1].first, parts[1].second);
    mount.type = host_path(mount.source->value) ? "bind" : "volume";
    if (parts.size() >= 3) {
      std::string_view mode = v.substr(parts[2].first, parts[2].second);
      std::size_t p = 0;
      while (p <= mode.size()) {
        std::size_t comma = mode.find(',', p);
        if (comma == std::string_view::npos) comma = mode.size();
        if (mode.substr(p, comma - p) == "ro") mount.read_only = true;
        p = comma + 1;
      }
    }
    return mount;
  }

  void lower_build(const Node& node, ir::Service& service) {
    ir::ServiceBuild build;
    build.span = node.span;
    build.context = {".", node.span};
    if (node.is_scalar()) {
      build.context = text(node);
    } else if (node.is_map()) {
      if (auto c = scalar(node, "context")) build.context = *c;
      build.dockerfile = scalar(node, "dockerfile");
      build.inline_dockerfile = node.get("dockerfile_inline") != nullptr;
      build.target = scalar(node, "target");
      build.args = key_values(node.get("args"));
      build.labels = key_values(node.get("labels"));
    } else {
      return;
    }
    std::string_view ctx = build.context.value;
    build.remote_context = starts_with(ctx, "http://") || starts_with(ctx, "https://") || starts_with(ctx, "git@") ||
                           starts_with(ctx, "git://") || starts_with(ctx, "github.com/");
    std::string dir = base_dir_of(build.context.span.valid() ? build.context.span : node.span);
    build.context_path = join_path(dir, build.context.value);
    build.dockerfile_path = join_path(build.context_path, build.dockerfile ? build.dockerfile->value : "Dockerfile");
    if (options_.fs && !build.remote_context && build.context.value.find('$') == std::string::npos) {
      auto stat = options_.fs->stat(build.context_path);
      build.context_found = stat && stat->type == FileType::Directory;
      if (!build.inline_dockerfile && *build.context_found) {
        auto df = options_.fs->stat(build.dockerfile_path);
        build.dockerfile_found = df.has_value();
        if (*build.dockerfile_found) link_dockerfile(build);
      }
    }
    service.build = std::move(build);
  }

  void link_dockerfile(ir::ServiceBuild& build) {
    auto it = dockerfiles_.find(build.dockerfile_path);
    if (it == dockerfiles_.end()) {
      std::pair<std::shared_ptr<const SourceFile>, std::shared_ptr<const ir::BuildDefinition>> parsed;
      if (auto text = options_.fs->read(build.dockerfile_path, limits::max_file_bytes)) {
        auto source = std::make_shared<const SourceFile>(next_id_++, build.dockerfile_path, std::move(*text));
        parsed = {source, std::make_shared<const ir::BuildDefinition>(frontends::parse_dockerfile(*source))};
      }
      it = dockerfiles_.emplace(build.dockerfile_path, parsed).first;
    }
    build.dockerfile_source = it->second.first;
    build.definition = it->second.second;
  }

  void lower_service(const yaml::Entry& entry) {
    ir::Service s;
    s.name = text(*entry.key);
    s.span = entry.key->span;
    const Node& node = *entry.value;
    if (!node.is_map()) {
      app_.services.push_back(std::move(s));
      return;
    }
    s.image = scalar(node, "image");
    if (const Node* build = node.get("build")) lower_build(*build, s);
    s.container_name = scalar(node, "container_name");
    s.pull_policy = scalar(node, "pull_policy");
    if (const Node* ports = node.get("ports"); ports && ports->is_sequence()) {
      for (const auto& item : ports->items) {
        if (item->is_scalar()) {
          s.ports.push_back(short_port(*item));
        } else if (item->is_map()) {
          ir::PortMapping port;
          port.long_syntax = true;
          port.span = item->span;
          if (auto t = scalar(*item, "target")) port.target = *t;
          port.published = scalar(*item, "published");
          port.host_ip = scalar(*item, "host_ip");
          if (auto p = scalar(*item, "protocol")) port.protocol = p->value;
          s.ports.push_back(std::move(port));
        }
      }
    }
    s.environment = key_values(node.get("environment"));
    s.labels = key_values(node.get("labels"));
    if (const Node* env_file = node.get("env_file")) {
      std::vector<const Node*> items;
      if (env_file->is_scalar()) items.push_back(env_file);
      for (const auto& item : env_file->items) items.push_back(item.get());
      for (const Node* item : items) {
        ir::EnvFileRef ref;
        const Node* path = item->is_map() ? item->get("path") : item;
        if (!path || !path->is_scalar()) continue;
        ref.path = text(*path);
        ref.resolved_path = join_path(base_dir_of(path->span), path->value);
        if (item->is_map()) {
          if (const Node* required = item->get("required")) ref.required = required->as_bool();
        }
        s.env_files.push_back(std::move(ref));
      }
    }
    if (const Node* volumes = node.get("volumes"); volumes && volumes->is_sequence()) {
      for (const auto& item : volumes->items) {
        if (item->is_scalar()) {
          s.volumes.push_back(short_volume(*item));
        } else if (item->is_map()) {
          ir::VolumeMount mount;
          mount.span = item->span;
          mount.type = scalar(*item, "type").value_or(ir::Text{"volume", {}}).value;
          mount.source = scalar(*item, "source");
          if (auto t = scalar(*item, "target")) mount.target = *t;
          if (auto ro = boolean(*item, "read_only")) mount.read_only = ro->value;
          s.volumes.push_back(std::move(mount));
        }
      }
    }
    if (const Node* deps = node.get("depends_on")) {
      for (const auto& item : deps->items) {
        if (item->is_scalar()) s.depends_on.push_back({text(*item), std::nullopt, true, item->span});
      }
      for (const auto& e : deps->entries) {
        ir::Dependency dep{text(*e.key), std::nullopt, true, e.key->span};
        if (e.value->is_map()) {
          dep.condition = scalar(*e.value, "condition");
          if (auto required = boolean(*e.value, "required")) dep.required = required->value;
        }
        s.depends_on.push_back(std::move(dep));
      }
    }
    if (const yaml::Entry* hc = node.find("healthcheck"); hc && hc->value->is_map()) {
      ir::ServiceHealthcheck check;
      check.span = hc->key->span;
      if (auto disable = boolean(*hc->value, "disable")) check.disabled = disable->value;
      if (const Node* test = hc->value->get("test")) {
        if (test->is_sequence() && !test->items.empty() && test->items[0]->value == "NONE") check.disabled = true;
        if (test->is_scalar() && test->value == "NONE") check.disabled = true;
      }
      s.healthcheck = check;
    }
    s.user = scalar(node, "user");
    s.privileged = boolean(node, "privileged");
    s.read_only = boolean(node, "read_only");
    s.use_api_socket = boolean(node, "use_api_socket");
    s.cap_add = strings(node.get("cap_add"));
    s.cap_drop = strings(node.get("cap_drop"));
    s.security_opt = strings(node.get("security_opt"));
    s.network_mode = scalar(node, "network_mode");
    s.pid = scalar(node, "pid");
    s.ipc = scalar(node, "ipc");
    s.userns_mode = scalar(node, "userns_mode");
    s.runtime = scalar(node, "runtime");
    s.restart = scalar(node, "restart");
    s.tmpfs = strings(node.get("tmpfs"));
    s.devices = strings(node.get("devices"));
    s.gpus = scalar(node, "gpus");
    s.profiles = strings(node.get("profiles"));
    s.provider = node.get("provider") != nullptr;
    s.partial = app_.partial || node.get(kPartialKey) != nullptr;
    s.memory_limit = scalar(node, "mem_limit");
    s.cpu_limit = scalar(node, "cpus");
    s.pids_limit = scalar(node, "pids_limit");
    if (const Node* deploy = node.get("deploy"); deploy && deploy->is_map()) {
      if (const Node* rp = deploy->get("restart_policy"); rp && rp->is_map()) {
        s.deploy_restart_condition = scalar(*rp, "condition");
        if (!s.deploy_restart_condition) s.deploy_restart_condition = ir::Text{"any", rp->span};
      }
      const Node* resources = deploy->get("resources");
      const Node* limits = resources && resources->is_map() ? resources->get("limits") : nullptr;
      if (limits && limits->is_map()) {
        if (auto m = scalar(*limits, "memory")) s.memory_limit = m;
        if (auto c = scalar(*limits, "cpus")) s.cpu_limit = c;
        if (auto p = scalar(*limits, "pids")) s.pids_limit = p;
      }
      // `reservations.devices: [{capabilities: [gpu]}]` asks for a GPU (or another device class).
      const Node* reservations = resources && resources->is_map() ? resources->get("reservations") : nullptr;
      const Node* devices = reservations && reservations->is_map() ? reservations->get("devices") : nullptr;
      if (devices && devices->is_sequence()) {
        for (const auto& device : devices->items) {
          if (!device->is_map()) continue;
          for (auto& capability : strings(device->get("capabilities"))) s.devices.push_back(std::move(capability));
        }
      }
    }
    auto refs = [&](const Node* list, std::vector<ir::ResourceRef>& out) {
      if (!list) return;
      for (const auto& item : list->items) {
        if (item->is_scalar()) out.push_back({text(*item), item->span});
        if (item->is_map()) {
          if (auto source = scalar(*item, "source")) out.push_back({*source, item->span});
        }
      }
    };
    refs(node.get("secrets"), s.secrets);
    refs(node.get("configs"), s.configs);
    app_.services.push_back(std::move(s));
  }

  void lower_resources(const Node* section, std::vector<ir::Resource>& out) {
    if (!section || !section->is_map()) return;
    for (const auto& e : section->entries) {
      ir::Resource r;
      r.name = text(*e.key);
      r.span = e.key->span;
      if (e.value->is_map()) {
        r.file = scalar(*e.value, "file");
        if (r.file) r.file_path = join_path(base_dir_of(r.file->span), r.file->value);
        r.environment = scalar(*e.value, "environment");
        if (const Node* external = e.value->get("external")) {
          r.external = external->is_map() || external->as_bool();
        }
      }
      out.push_back(std::move(r));
    }
  }

  void lower(const Node& root) {
    app_.name = scalar(root, "name");
    if (const yaml::Entry* version = root.find("version")) {
      if (version->value->is_scalar()) app_.version = text(*version->value);
      app_.version_entry = entry_span(*version->key, *version->value);
    }
    if (const Node* services = root.get("services"); services && services->is_map()) {
      for (const auto& entry : services->entries) {
        if (entry.key->value.compare(0, 2, "x-") == 0) continue;
        lower_service(entry);
      }
    }
    lower_resources(root.get("networks"), app_.networks);
    lower_resources(root.get("volumes"), app_.volumes);
    lower_resources(root.get("secrets"), app_.secrets);
    lower_resources(root.get("configs"), app_.configs);
  }

  const LoadOptions& options_;
  ir::Application app_;
  FileId next_id_;
  Variables variables_;
  std::map<FileId, std::string> base_dirs_;
  std::map<std::string, std::pair<std::shared_ptr<const SourceFile>, std::shared_ptr<const ir::BuildDefinition>>>
      dockerfiles_;
};

}  // namespace

ir::Application load_compose(const std::shared_ptr<const SourceFile>& file, const LoadOptions& options) {
  return Loader(file, options).run();
}

}  // namespace dlint::compose
