#include "knowledge/debian_packages.hpp"

#include <algorithm>

namespace dlint::knowledge {

DebianPackageTable::DebianPackageTable(std::string_view text) : owned_(pack_debian_packages(text)) {
  data_ = {text, owned_.packages, owned_.providers, owned_.package_index, owned_.provider_index, {}};
  owned_base_ = compute_base();
  data_.base = owned_base_;
  for (auto index : data_.base) base_.insert(name_of(index));
}

DebianPackageTable::DebianPackageTable(const DebianPackageData& data) : data_(data) {
  for (auto index : data_.base) base_.insert(name_of(index));
}

std::vector<std::uint32_t> DebianPackageTable::compute_base() const {
  std::vector<std::uint32_t> roots;
  for (std::uint32_t i = 0; i < data_.packages.size(); ++i) {
    if (data_.packages[i].priority == 'r') roots.push_back(i);
  }
  if (roots.empty()) return {};
  if (auto apt = resolve("apt"); apt != kMissing) roots.push_back(apt);
  PackageClosure unused;
  std::vector<std::uint32_t> base = walk(roots, {}, unused);
  std::ranges::sort(base);
  return base;
}

std::string_view DebianPackageTable::name_of(std::uint32_t index) const {
  const auto& record = data_.packages[index];
  return data_.text.substr(record.name_offset, record.name_size);
}

std::uint32_t DebianPackageTable::index_of(std::string_view name) const {
  const auto* record = find_debian_record(data_.text, data_.packages, data_.package_index, name);
  return record ? static_cast<std::uint32_t>(record - data_.packages.data()) : kMissing;
}

std::uint32_t DebianPackageTable::resolve(std::string_view name) const {
  if (auto index = index_of(name); index != kMissing) return index;
  const auto* provider = find_debian_record(data_.text, data_.providers, data_.provider_index, name);
  return provider ? provider->package : kMissing;
}

std::optional<DebianPackage> DebianPackageTable::find(std::string_view name) const {
  std::uint32_t index = index_of(name);
  if (index == kMissing) return std::nullopt;
  const auto& record = data_.packages[index];
  return DebianPackage{name_of(index), record.installed_kib, record.priority,
                       data_.text.substr(record.depends_offset, record.depends_size)};
}

PackageClosure DebianPackageTable::closure(const std::vector<std::string>& names,
                                           const std::set<std::string_view>& installed) const {
  PackageClosure result;
  std::vector<std::uint32_t> requested;
  for (const auto& name : names) {
    if (auto index = resolve(name); index != kMissing) {
      requested.push_back(index);
    } else {
      result.unknown.push_back(name);
    }
  }
  walk(requested, installed, result);
  return result;
}

std::vector<std::uint32_t> DebianPackageTable::walk(const std::vector<std::uint32_t>& requested,
                                                    const std::set<std::string_view>& installed,
                                                    PackageClosure& result) const {
  std::vector<std::uint32_t> added;
  std::vector<bool> seen(data_.packages.size());
  std::vector<std::uint32_t> pending;
  auto visit = [&](std::uint32_t index) {
    if (seen[index] || installed.contains(name_of(index))) return;
    seen[index] = true;
    added.push_back(index);
    result.added.push_back(name_of(index));
    result.bytes += std::uint64_t{data_.packages[index].installed_kib} * 1024;
    pending.push_back(index);
  };
  for (auto index : requested) visit(index);
  while (!pending.empty()) {
    const auto& record = data_.packages[pending.back()];
    pending.pop_back();
    // Walked in place rather than split into vectors: this loop is most of an apt estimate's cost.
    for_each_debian_part(data_.text.substr(record.depends_offset, record.depends_size), ',',
                         [&](std::string_view dependency) {
                           std::uint32_t chosen = kMissing;
                           bool satisfied = false;
                           for_each_debian_part(dependency, '|', [&](std::string_view alternative) {
                             if (satisfied) return;
                             std::uint32_t candidate = resolve(alternative);
                             if (candidate == kMissing) return;
                             if (seen[candidate] || installed.contains(name_of(candidate))) {
                               satisfied = true;
                               return;
                             }
                             if (chosen == kMissing) chosen = candidate;
                           });
                           if (chosen != kMissing && !satisfied) visit(chosen);
                         });
  }
  return added;
}

}  // namespace dlint::knowledge
