#include "knowledge/debian_packages.hpp"

#include <algorithm>
#include <charconv>
#include <unordered_set>

#include "support/text_lines.hpp"

namespace dlint::knowledge {
namespace data {
extern const std::string_view debian_bookworm_amd64_packages;
}

namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  if (text.empty() || text == "-") return parts;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

// Calls `f` with each `separator`-separated part of `text` ("-" and "" have none).
template <class F>
void for_each_part(std::string_view text, char separator, F&& f) {
  if (text.empty() || text == "-") return;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(separator, start);
    f(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return;
    start = end + 1;
  }
}

}  // namespace

DebianPackageTable::DebianPackageTable(std::string_view text) {
  packages_.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  for_each_line(text, [&](std::string_view line) {
    if (line.empty() || line.front() == '#') return;
    auto fields = split(line, '\t');
    if (fields.size() != 5 || fields[0].empty() || fields[2].size() != 1) return;
    DebianPackage package;
    package.name = fields[0];
    auto [ptr, ec] = std::from_chars(fields[1].data(), fields[1].data() + fields[1].size(), package.installed_kib);
    if (ec != std::errc()) return;
    package.priority = fields[2][0];
    package.depends = fields[3];
    for (auto provided : split(fields[4], ',')) providers_.emplace(provided, package.name);
    packages_.emplace(package.name, std::move(package));
  });
  std::vector<std::string> roots;
  for (const auto& [name, package] : packages_) {
    if (package.priority == 'r') roots.emplace_back(name);
  }
  if (!roots.empty()) roots.emplace_back("apt");
  for (auto name : closure(roots, {}).added) base_.insert(name);
}

const DebianPackage* DebianPackageTable::find(std::string_view name) const {
  auto it = packages_.find(name);
  return it == packages_.end() ? nullptr : &it->second;
}

const DebianPackage* DebianPackageTable::resolve(std::string_view name) const {
  if (const auto* package = find(name)) return package;
  auto it = providers_.find(name);
  return it == providers_.end() ? nullptr : find(it->second);
}

PackageClosure DebianPackageTable::closure(const std::vector<std::string>& names,
                                           const std::set<std::string_view>& installed) const {
  PackageClosure result;
  std::unordered_set<std::string_view> seen;
  std::vector<const DebianPackage*> pending;
  auto visit = [&](const DebianPackage* package) {
    if (installed.contains(package->name) || !seen.insert(package->name).second) return;
    result.added.push_back(package->name);
    result.bytes += package->installed_kib * 1024;
    pending.push_back(package);
  };
  for (const auto& name : names) {
    if (const auto* package = resolve(name)) {
      visit(package);
    } else {
      result.unknown.push_back(name);
    }
  }
  while (!pending.empty()) {
    const DebianPackage* package = pending.back();
    pending.pop_back();
    // Walked in place rather than split into vectors: this loop is most of an apt estimate's cost.
    for_each_part(package->depends, ',', [&](std::string_view dependency) {
      const DebianPackage* chosen = nullptr;
      bool satisfied = false;
      for_each_part(dependency, '|', [&](std::string_view alternative) {
        if (satisfied) return;
        const DebianPackage* candidate = resolve(alternative);
        if (!candidate) return;
        if (installed.contains(candidate->name) || seen.contains(candidate->name)) {
          satisfied = true;
          return;
        }
        if (!chosen) chosen = candidate;
      });
      if (chosen && !satisfied) visit(chosen);
    });
  }
  return result;
}

const DebianPackageTable& bookworm_packages() {
  static const DebianPackageTable table(data::debian_bookworm_amd64_packages);
  return table;
}

}  // namespace dlint::knowledge
