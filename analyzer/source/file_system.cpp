#include "source/file_system.hpp"

#include <algorithm>

namespace dlint {

std::string normalize_path(const std::string& path) {
  const bool absolute = !path.empty() && path.front() == '/';
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    std::string part = path.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty() && parts.back() != "..") {
        parts.pop_back();
      } else if (!absolute) {
        parts.push_back(part);
      }
    } else if (!part.empty() && part != ".") {
      parts.push_back(std::move(part));
    }
    start = slash + 1;
  }
  if (parts.empty()) return absolute ? std::string("/") : std::string(".");
  std::string out = absolute ? "/" : "";
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += '/';
    out += parts[i];
  }
  return out;
}

std::string join_path(const std::string& directory, const std::string& relative) {
  if (!relative.empty() && relative.front() == '/') return normalize_path(relative);
  return normalize_path(directory + "/" + relative);
}

std::string parent_path(const std::string& path) {
  std::string normal = normalize_path(path);
  if (normal == "/" || normal == ".") return normal;
  std::size_t slash = normal.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return normal.substr(0, slash);
}

void MemoryFileSystem::add_file(const std::string& path, std::string contents) {
  std::string key = normalize_path(path);
  for (std::string dir = parent_path(key); dir != "." && dir != "/"; dir = parent_path(dir)) {
    nodes_.try_emplace(dir, Node{FileType::Directory, {}});
  }
  nodes_[key] = Node{FileType::Regular, std::move(contents)};
}

void MemoryFileSystem::add_directory(const std::string& path) {
  std::string key = normalize_path(path);
  for (std::string dir = key; dir != "." && dir != "/"; dir = parent_path(dir)) {
    nodes_.try_emplace(dir, Node{FileType::Directory, {}});
  }
}

void MemoryFileSystem::add_symlink(const std::string& path) {
  std::string key = normalize_path(path);
  add_directory(parent_path(key));
  nodes_[key] = Node{FileType::Symlink, {}};
}

std::optional<FileStat> MemoryFileSystem::stat(const std::string& path) const {
  std::string key = normalize_path(path);
  if (key == "." || key == "/") return FileStat{FileType::Directory, 0};
  auto it = nodes_.find(key);
  if (it == nodes_.end()) return std::nullopt;
  return FileStat{it->second.type, it->second.type == FileType::Regular ? it->second.contents.size() : 0};
}

std::vector<DirEntry> MemoryFileSystem::list(const std::string& directory) const {
  std::string key = normalize_path(directory);
  std::string prefix = key == "." ? "" : key == "/" ? "/" : key + "/";
  std::vector<DirEntry> out;
  for (auto it = nodes_.lower_bound(prefix); it != nodes_.end(); ++it) {
    const std::string& name = it->first;
    if (name.compare(0, prefix.size(), prefix) != 0) break;
    std::string rest = name.substr(prefix.size());
    if (rest.empty() || rest.find('/') != std::string::npos) continue;
    out.push_back(DirEntry{rest, *stat(name)});
  }
  std::sort(out.begin(), out.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return out;
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path, std::uint64_t max_bytes) const {
  auto it = nodes_.find(normalize_path(path));
  if (it == nodes_.end() || it->second.type != FileType::Regular || it->second.contents.size() > max_bytes) {
    return std::nullopt;
  }
  return it->second.contents;
}

}  // namespace dlint
