// `build:` of a service: its context, its Dockerfile found and parsed once per path.
#include "frontends/compose/loader.hpp"

#include "frontends/dockerfile/parse_dockerfile.hpp"
#include "source/limits.hpp"

namespace dlint::compose {

using yaml::Kind;
using yaml::Node;
using yaml::NodePtr;

void Loader::lower_build(const Node& node, ir::Service& service) {
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

void Loader::link_dockerfile(ir::ServiceBuild& build) {
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

}  // namespace dlint::compose
