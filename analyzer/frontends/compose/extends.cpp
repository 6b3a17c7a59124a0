// `extends:`: a service built on another one, in the same file or another.
#include "frontends/compose/loader.hpp"

#include <map>
#include <set>

namespace dlint::compose {

using yaml::Kind;
using yaml::Node;
using yaml::NodePtr;

namespace {

constexpr int kMaxExtendsDepth = 16;

// Marks a service whose `extends` base could not be read, so lowering marks it partial.
NodePtr mark_partial(const NodePtr& service) {
  if (!service || !service->is_map()) return service;
  auto node = std::make_shared<Node>(*service);
  auto key = std::make_shared<Node>();
  key->kind = Kind::Scalar;
  key->value = std::string(kPartialKey);
  key->span = service->span;
  node->entries.push_back({key, std::make_shared<Node>(), true});
  return node;
}

NodePtr without(const NodePtr& map, std::string_view key) {
  if (!map || !map->is_map() || !map->find(key)) return map;
  std::vector<yaml::Entry> entries;
  for (const auto& e : map->entries) {
    if (e.key->value != key) entries.push_back(e);
  }
  return with_entries(*map, std::move(entries));
}

}  // namespace

// Resolves `extends:` for every service of a file's tree.
NodePtr Loader::resolve_extends_in(const NodePtr& root, FileId file, int depth) {
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

NodePtr Loader::resolve_service(const Node& services, const yaml::Entry& entry, FileId file, int depth,
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

}  // namespace dlint::compose
