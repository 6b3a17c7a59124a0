#include "engine/gitignore.hpp"

#include "engine/glob.hpp"
#include "support/text_lines.hpp"

namespace dlint {

void GitignoreRules::add(std::string_view dir, std::string_view text) {
  std::string base(dir);
  if (!base.empty() && base.back() != '/') base += '/';
  for_each_line(text, [&](std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // Trailing blanks are ignored unless escaped.
    while (!line.empty() && line.back() == ' ' && !(line.size() >= 2 && line[line.size() - 2] == '\\')) {
      line.remove_suffix(1);
    }
    if (line.empty() || line.front() == '#') return;
    Pattern p;
    p.base = base;
    if (line.front() == '!') {
      p.negated = true;
      line.remove_prefix(1);
    } else if (line.front() == '\\') {
      line.remove_prefix(1);  // "\#file" or "\!file"
    }
    if (!line.empty() && line.back() == '/') {
      p.dir_only = true;
      line.remove_suffix(1);
    }
    if (line.empty()) return;
    p.anchored = line.find('/') != std::string_view::npos;
    if (line.front() == '/') line.remove_prefix(1);
    p.glob = std::string(line);
    patterns_.push_back(std::move(p));
  });
}

bool GitignoreRules::ignored(std::string_view path, bool is_dir) const {
  bool result = false;
  for (const auto& p : patterns_) {
    if (p.dir_only && !is_dir) continue;
    if (path.substr(0, p.base.size()) != p.base) continue;
    std::string_view rel = path.substr(p.base.size());
    bool matched;
    if (p.anchored) {
      matched = glob_match(p.glob, rel);
    } else {
      auto slash = rel.rfind('/');
      matched = glob_match(p.glob, slash == std::string_view::npos ? rel : rel.substr(slash + 1));
    }
    if (matched) result = !p.negated;
  }
  return result;
}

}  // namespace dlint
