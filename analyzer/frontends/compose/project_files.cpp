// The files of a project: read once through the FileSystem, each with the directory its paths are relative to.
#include "frontends/compose/loader.hpp"

#include "source/limits.hpp"

namespace dlint::compose {

using yaml::Kind;
using yaml::Node;
using yaml::NodePtr;

std::shared_ptr<const SourceFile> Loader::read_file(const std::string& path, const std::string& base_dir) {
  if (!options_.fs || app_.files.size() >= kMaxFiles) return nullptr;
  for (const auto& f : app_.files) {
    if (f->path() == path) return f;
  }
  auto text = options_.fs->read(path, limits::max_file_bytes);
  if (!text) return nullptr;
  auto file = std::make_shared<const SourceFile>(next_id_++, path, std::move(*text));
  app_.files.push_back(file);
  base_dirs_[file->id()] = base_dir;
  return file;
}

const SourceFile* Loader::source_of(FileId id) const {
  for (const auto& f : app_.files) {
    if (f->id() == id) return f.get();
  }
  return nullptr;
}

std::string Loader::base_dir_of(const Span& span) const {
  auto it = base_dirs_.find(span.file);
  return it == base_dirs_.end() ? app_.project_dir : it->second;
}

}  // namespace dlint::compose
