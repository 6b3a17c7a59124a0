#pragma once
// Loads a Compose project the way `docker compose config` does, into the IR's Application: the file, its
// `docker-compose.override.yml` (or `compose.override.yaml`) and any further files, merged; `include:`d
// projects; `extends:` bases; YAML anchors and `<<` merges; `${VAR}` interpolation from the environment
// and the `.env` beside the file; schema validation. Files around the project (override files, `.env`,
// env files, build contexts, Dockerfiles) are read through the FileSystem, never directly; with no file
// system only the text itself is analyzed.
#include <memory>
#include <string>
#include <vector>

#include "frontends/compose/interpolation.hpp"
#include "ir/application.hpp"
#include "source/file_system.hpp"
#include "source/source_file.hpp"

namespace dlint::compose {

struct LoadOptions {
  const FileSystem* fs = nullptr;
  // Variables of the environment compose runs in; they win over the `.env` file. Empty by default so the
  // analysis is a function of the files alone.
  Variables environment;
  // Further files merged over the first, in order, as with several `-f` options.
  std::vector<std::string> extra_files;
  bool read_override_file = true;  // merge the standard override file beside the compose file
};

ir::Application load_compose(const std::shared_ptr<const SourceFile>& file, const LoadOptions& options);

}  // namespace dlint::compose
