// `include:`: other projects whose resources join this one.
#include "frontends/compose/loader.hpp"

#include <algorithm>

namespace dlint::compose {

using yaml::Kind;
using yaml::Node;
using yaml::NodePtr;

NodePtr Loader::apply_includes(const NodePtr& root, int depth) {
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
NodePtr Loader::add_included(const NodePtr& root, const NodePtr& included) {
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
                 "` is defined both here and in an included file (line " + std::to_string(entry.key->span.start.line) +
                 " of " +
                 (source_of(entry.key->span.file) ? source_of(entry.key->span.file)->path() : std::string("it")) + ")",
             existing->key->span});
        continue;
      }
      entries.push_back(entry);
    }
    it->value = with_entries(*it->value, std::move(entries));
  }
  return with_entries(*root, std::move(top));
}

}  // namespace dlint::compose
