// How compose merges override files and `extends` bases: mappings key by key, keyed lists entry by entry,
// `!reset` and `!override`.
#include "frontends/compose/loader.hpp"

#include <set>

namespace dlint::compose {

using yaml::Kind;
using yaml::Node;
using yaml::NodePtr;

namespace {

// The part of a list item that identifies it when lists are merged.
std::string merge_key(const Node& item, std::string_view field) {
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

bool list_or_dict(std::string_view field) {
  return field == "environment" || field == "labels" || field == "args" || field == "sysctls" ||
         field == "annotations" || field == "extra_hosts" || field == "depends_on" || field == "networks";
}

}  // namespace

NodePtr with_entries(const Node& like, std::vector<yaml::Entry> entries) {
  auto node = std::make_shared<Node>(like);
  node->entries = std::move(entries);
  node->tag.clear();
  return node;
}

// A `KEY=VALUE` list as the mapping it stands for (depends_on/networks lists: names to null).
NodePtr Loader::list_to_map(const Node& list) {
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

// Merges `over` onto `base` as compose merges files and `extends`: mappings key by key, most lists
// appended, keyed lists (volumes by target, environment by name, ...) entry by entry, scalars and
// commands replaced; `!reset` removes a value and `!override` replaces it whole.
NodePtr Loader::merge(const NodePtr& base, const NodePtr& over, std::string_view field) {
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

}  // namespace dlint::compose
