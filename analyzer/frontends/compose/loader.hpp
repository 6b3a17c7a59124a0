#pragma once
// The state of loading one Compose project and the steps that share it. load_compose.cpp drives the steps;
// each concept is defined in its own file: project_files.cpp (reading files), interpolate_files.cpp
// (`.env` and `${VAR}` substitution), merge_trees.cpp (override files, `!reset`, `!override`),
// key_value_items.cpp, extends.cpp, include.cpp, and the lowering into the Application in
// lower_application.cpp, lower_build.cpp, lower_values.cpp and short_syntax.cpp.
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frontends/compose/load_compose.hpp"
#include "frontends/compose/yaml_tree.hpp"

namespace dlint::compose {

// Ids for the extra files of one analysis: far from the ids the runner gives its inputs.
constexpr FileId kFirstExtraId = 0x40000000u;
constexpr std::size_t kMaxFiles = 64;

// Services whose `extends` base could not be read carry this key so lowering marks them partial.
constexpr std::string_view kPartialKey = "x-dlint-partial";

inline bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

// A copy of a mapping node with other entries and no tag.
yaml::NodePtr with_entries(const yaml::Node& like, std::vector<yaml::Entry> entries);

// Values of the merged tree as IR values.
ir::Text text(const yaml::Node& node);
std::optional<ir::Text> scalar(const yaml::Node& map, std::string_view key);
std::optional<ir::BoolValue> boolean(const yaml::Node& map, std::string_view key);
std::vector<ir::Text> strings(const yaml::Node* node);

class Loader {
 public:
  Loader(const std::shared_ptr<const SourceFile>& main, const LoadOptions& options);
  ir::Application run();

 private:
  // files (project_files.cpp)
  std::shared_ptr<const SourceFile> read_file(const std::string& path, const std::string& base_dir);
  const SourceFile* source_of(FileId id) const;
  std::string base_dir_of(const Span& span) const;
  std::vector<std::string> override_files();  // load_compose.cpp

  // variables and interpolation (interpolate_files.cpp)
  void read_variables();
  yaml::NodePtr load_file(const std::shared_ptr<const SourceFile>& file);
  yaml::NodePtr interpolate_tree(const yaml::NodePtr& node, std::map<const yaml::Node*, yaml::NodePtr>& memo);

  // merging (merge_trees.cpp, key_value_items.cpp)
  yaml::NodePtr list_to_map(const yaml::Node& list);
  std::pair<yaml::NodePtr, yaml::NodePtr> split_item(const yaml::Node& item);
  yaml::NodePtr merge(const yaml::NodePtr& base, const yaml::NodePtr& over, std::string_view field);

  // extends (extends.cpp)
  yaml::NodePtr resolve_extends_in(const yaml::NodePtr& root, FileId file, int depth);
  yaml::NodePtr resolve_service(const yaml::Node& services, const yaml::Entry& entry, FileId file, int depth,
                                std::set<std::string>& visiting);

  // include (include.cpp)
  yaml::NodePtr apply_includes(const yaml::NodePtr& root, int depth);
  yaml::NodePtr add_included(const yaml::NodePtr& root, const yaml::NodePtr& included);

  // lowering (lower_values.cpp, short_syntax.cpp, lower_build.cpp, lower_application.cpp)
  Span entry_span(const yaml::Node& key, const yaml::Node& value) const;
  std::vector<ir::KeyValueEntry> key_values(const yaml::Node* node);
  ir::Text piece(const yaml::Node& node, std::size_t offset, std::size_t length) const;
  ir::PortMapping short_port(const yaml::Node& node) const;
  ir::VolumeMount short_volume(const yaml::Node& node) const;
  void lower_build(const yaml::Node& node, ir::Service& service);
  void link_dockerfile(ir::ServiceBuild& build);
  void lower_service(const yaml::Entry& entry);
  void lower_resources(const yaml::Node* section, std::vector<ir::Resource>& out);
  void lower(const yaml::Node& root);

  const LoadOptions& options_;
  ir::Application app_;
  FileId next_id_;
  Variables variables_;
  std::map<FileId, std::string> base_dirs_;
  std::map<std::string, std::pair<std::shared_ptr<const SourceFile>, std::shared_ptr<const ir::BuildDefinition>>>
      dockerfiles_;
};

}  // namespace dlint::compose
