#include "context/load_build_context.hpp"

#include "frontends/dockerignore/parse_dockerignore.hpp"
#include "source/limits.hpp"

namespace dlint::context {
namespace {

bool is_regular(const FileSystem& fs, const std::string& path) {
  auto stat = fs.stat(path);
  return stat && stat->type == FileType::Regular;
}

std::string base_name(const std::string& path) {
  std::string normal = normalize_path(path);
  std::size_t slash = normal.rfind('/');
  return slash == std::string::npos ? normal : normal.substr(slash + 1);
}

}  // namespace

std::optional<std::string> find_ignore_file(const FileSystem& fs, const std::string& dockerfile,
                                            const std::string& context_dir) {
  std::string specific = join_path(parent_path(dockerfile), base_name(dockerfile) + ".dockerignore");
  if (is_regular(fs, specific)) return specific;
  std::string root = join_path(context_dir, ".dockerignore");
  if (is_regular(fs, root)) return root;
  return std::nullopt;
}

std::optional<ir::BuildContext> load_build_context(const FileSystem& fs, const std::string& dockerfile,
                                                   const std::optional<std::string>& context_dir) {
  std::string directory = context_dir ? normalize_path(*context_dir) : parent_path(dockerfile);
  auto stat = fs.stat(directory);
  if (!stat || stat->type != FileType::Directory) return std::nullopt;
  std::optional<ir::IgnoreFile> ignore;
  if (auto path = find_ignore_file(fs, dockerfile, directory)) {
    auto text = fs.read(*path, limits::max_file_bytes);
    // An ignore file that cannot be read still applies to the build: better no verdicts than wrong ones.
    if (!text) return std::nullopt;
    // The ignore file gets a file id of its own: its spans never mix with the Dockerfile's.
    SourceFile file(static_cast<FileId>(-1), *path, std::move(*text));
    ignore = frontends::parse_dockerignore(file);
    if (ignore->truncated) return std::nullopt;  // verdicts from part of the patterns would be wrong
  }
  return ir::BuildContext(&fs, std::move(directory), std::move(ignore));
}

ir::BuildContext dockerignore_context(const SourceFile& file, const FileSystem* fs) {
  return ir::BuildContext(fs, parent_path(file.path()), frontends::parse_dockerignore(file));
}

}  // namespace dlint::context
