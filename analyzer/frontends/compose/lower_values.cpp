// Scalars, lists and key/value mappings of the merged tree as IR values with their spans.
#include "frontends/compose/loader.hpp"

namespace dlint::compose {

using yaml::Kind;
using yaml::Node;
using yaml::NodePtr;

ir::Text text(const Node& node) {
  return {node.value, node.span};
}

std::optional<ir::Text> scalar(const Node& map, std::string_view key) {
  const Node* node = map.get(key);
  if (!node || !node->is_scalar()) return std::nullopt;
  return text(*node);
}

std::optional<ir::BoolValue> boolean(const Node& map, std::string_view key) {
  const Node* node = map.get(key);
  if (!node || !node->is_scalar()) return std::nullopt;
  return ir::BoolValue{node->as_bool(), node->span};
}

std::vector<ir::Text> strings(const Node* node) {
  std::vector<ir::Text> out;
  if (!node) return out;
  if (node->is_scalar()) out.push_back(text(*node));
  for (const auto& item : node->items) {
    if (item->is_scalar()) out.push_back(text(*item));
  }
  return out;
}

Span Loader::entry_span(const Node& key, const Node& value) const {
  const SourceFile* file = source_of(key.span.file);
  if (!file || key.span.file != value.span.file || value.span.end < key.span.begin) return key.span;
  return file->span(key.span.begin, std::max(key.span.end, value.span.end));
}

std::vector<ir::KeyValueEntry> Loader::key_values(const Node* node) {
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
ir::Text Loader::piece(const Node& node, std::size_t offset, std::size_t length) const {
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

}  // namespace dlint::compose
