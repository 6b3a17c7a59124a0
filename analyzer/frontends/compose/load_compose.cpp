#include "frontends/compose/load_compose.hpp"

#include "frontends/compose/compose_schema.hpp"
#include "frontends/compose/loader.hpp"

namespace dlint::compose {
namespace {

std::string basename(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

using yaml::NodePtr;

Loader::Loader(const std::shared_ptr<const SourceFile>& main, const LoadOptions& options)
    : options_(options), next_id_(kFirstExtraId) {
  app_.files.push_back(main);
  app_.project_dir = options.fs ? parent_path(main->path()) : ".";
  // `compose.override.yml`, `docker-compose.prod.override.yaml`: only the changes to another file.
  app_.partial = basename(main->path()).find(".override.") != std::string::npos;
  base_dirs_[main->id()] = app_.project_dir;
}

ir::Application Loader::run() {
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

// The standard override file beside the compose file, then the further files asked for.
std::vector<std::string> Loader::override_files() {
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

ir::Application load_compose(const std::shared_ptr<const SourceFile>& file, const LoadOptions& options) {
  return Loader(file, options).run();
}

}  // namespace dlint::compose
