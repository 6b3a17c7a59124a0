#pragma once
// Finding the build context of an input and the .dockerignore in force for it.
#include <optional>
#include <string>

#include "ir/build_context.hpp"
#include "source/file_system.hpp"
#include "source/source_file.hpp"

namespace dlint::context {

// The ignore file Docker applies when building `dockerfile` with `context_dir` as context: the
// Dockerfile-specific `<Dockerfile name>.dockerignore` beside the Dockerfile when it exists, else
// `.dockerignore` at the root of the context. nullopt when there is neither.
std::optional<std::string> find_ignore_file(const FileSystem& fs, const std::string& dockerfile,
                                            const std::string& context_dir);

// The context of the Dockerfile at `dockerfile`: `context_dir` when given (a compose service's
// `build.context`), else the Dockerfile's own directory (`docker build .` beside it). nullopt when that
// directory does not exist.
std::optional<ir::BuildContext> load_build_context(const FileSystem& fs, const std::string& dockerfile,
                                                   const std::optional<std::string>& context_dir);

// The context a .dockerignore analyzed on its own applies to: the directory it is in, with `file` as its
// ignore file. Without a file system, only the patterns are known.
ir::BuildContext dockerignore_context(const SourceFile& file, const FileSystem* fs);

}  // namespace dlint::context
