// The variables of a project (`.env` beside the file, then the environment) and their substitution into
// every file it reads.
#include "frontends/compose/loader.hpp"

#include "source/limits.hpp"

namespace dlint::compose {

using yaml::Kind;
using yaml::Node;
using yaml::NodePtr;

void Loader::read_variables() {
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
NodePtr Loader::load_file(const std::shared_ptr<const SourceFile>& file) {
  yaml::Document doc = yaml::read(*file);
  for (auto& e : doc.errors) app_.syntax_errors.push_back({std::move(e.message), e.span});
  if (!doc.root) return nullptr;
  std::map<const Node*, NodePtr> memo;
  return interpolate_tree(doc.root, memo);
}

NodePtr Loader::interpolate_tree(const NodePtr& node, std::map<const Node*, NodePtr>& memo) {
  if (auto it = memo.find(node.get()); it != memo.end()) return it->second;
  NodePtr result = node;
  if (node->is_scalar() && node->raw.find('$') != std::string::npos) {
    Interpolated out = interpolate(node->raw, variables_);
    if (out.error) app_.syntax_errors.push_back({*out.error, node->span});
    if (out.required) app_.required_variables.push_back({*out.required, node->span});
    for (const auto& name : out.unset) {
      app_.unset_variables.push_back({"the " + name + " variable is not set; it becomes an empty string", node->span});
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

}  // namespace dlint::compose
