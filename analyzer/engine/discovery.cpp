#include "engine/discovery.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/gitignore.hpp"
#include "support/ascii_case.hpp"

namespace fs = std::filesystem;

namespace dlint {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void walk(const fs::path& root, const fs::path& dir, const std::string& rel_dir, GitignoreRules rules,
          const std::vector<InputKind>& walk_kinds, std::vector<Input>& out, std::size_t depth) {
  if (depth > 64) return;  // symlink loops and absurd trees end here
  std::error_code ec;
  if (fs::is_regular_file(dir / ".gitignore", ec)) rules.add(rel_dir, read_text(dir / ".gitignore"));
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
       it.increment(ec)) {
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const auto& entry : entries) {
    std::string name = entry.path().filename().string();
    std::string rel = rel_dir.empty() ? name : rel_dir + "/" + name;
    bool is_dir = entry.is_directory(ec) && !entry.is_symlink(ec);
    if (name == ".git" || rules.ignored(rel, is_dir)) continue;
    if (is_dir) {
      walk(root, entry.path(), rel, rules, walk_kinds, out, depth + 1);
    } else if (entry.is_regular_file(ec)) {
      auto kind = classify(name);
      if (kind && std::find(walk_kinds.begin(), walk_kinds.end(), *kind) != walk_kinds.end()) {
        out.push_back({entry.path().lexically_normal().string(), kind, false, std::nullopt});
      }
    }
  }
}

}  // namespace

std::optional<InputKind> classify(std::string_view name) {
  std::string lower = ascii_lower(name);
  if (lower == ".dockerignore" || ends_with(lower, ".dockerignore")) return InputKind::Dockerignore;
  if (ends_with(lower, "dockerfile") || ends_with(lower, "containerfile") || starts_with(lower, "dockerfile.") ||
      starts_with(lower, "containerfile.")) {
    return InputKind::Dockerfile;
  }
  if ((starts_with(lower, "docker-compose") || starts_with(lower, "compose")) &&
      (ends_with(lower, ".yml") || ends_with(lower, ".yaml"))) {
    return InputKind::Compose;
  }
  if (lower == "run.toml") return InputKind::RunToml;
  if (lower == "build.lua") return InputKind::Luakit;
  return std::nullopt;
}

std::vector<Input> discover(const std::vector<std::string>& paths, std::optional<InputKind> kind_override,
                            const std::vector<InputKind>& walk_kinds) {
  std::vector<Input> out;
  for (const auto& path : paths) {
    if (path == "-") {
      // Without --kind, the runner classifies stdin by --stdin-filename.
      out.push_back({path, kind_override, true, std::nullopt});
      continue;
    }
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      out.push_back({path, std::nullopt, true, "no such file or directory"});
    } else if (fs::is_directory(status)) {
      std::size_t before = out.size();
      walk(path, path, "", GitignoreRules{}, walk_kinds, out, 0);
      if (out.size() == before) out.push_back({path, std::nullopt, true, "no Dockerfile found in this directory"});
    } else {
      auto kind = kind_override ? kind_override : classify(fs::path(path).filename().string());
      out.push_back({path, kind, true, std::nullopt});
    }
  }
  return out;
}

}  // namespace dlint
