#include "knowledge/debian_package_records.hpp"

#include <algorithm>
#include <charconv>
#include <limits>

#include "support/text_lines.hpp"

namespace dlint::knowledge {
namespace {

struct PendingProvider {
  DebianProviderRecord record;
  std::string_view provider;  // the providing package's name
};

template <class Record>
DebianNameIndex index_by_name(std::string_view text, const std::vector<Record>& records) {
  if (records.empty()) return {};
  std::size_t size = 1;
  while (size < records.size() + records.size() / 2 + 1) size *= 2;  // an empty slot ends every search
  DebianNameIndex index(size, 0);
  for (std::size_t i = 0; i < records.size(); ++i) {
    std::size_t slot = debian_name_hash(text.substr(records[i].name_offset, records[i].name_size)) & (size - 1);
    while (index[slot] != 0) slot = (slot + 1) & (size - 1);
    index[slot] = static_cast<std::uint32_t>(i + 1);
  }
  return index;
}

}  // namespace

PackedDebianPackages pack_debian_packages(std::string_view text) {
  PackedDebianPackages packed;
  std::vector<PendingProvider> providers;
  auto offset = [&](std::string_view part) { return static_cast<std::size_t>(part.data() - text.data()); };
  auto name_of = [&](const auto& record) { return text.substr(record.name_offset, record.name_size); };
  packed.packages.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  for_each_line(text, [&](std::string_view line) {
    if (line.empty() || line.front() == '#') return;
    if (offset(line) + line.size() > std::numeric_limits<std::uint32_t>::max()) return;
    std::string_view fields[5];
    std::size_t count = 0;
    for_each_debian_part(line, '\t', [&](std::string_view field) {
      if (count < 5) fields[count] = field;
      ++count;
    });
    if (count != 5 || fields[0].empty() || fields[2].size() != 1) return;
    if (fields[0].size() > std::numeric_limits<std::uint16_t>::max()) return;
    DebianPackageRecord record;
    auto [ptr, ec] = std::from_chars(fields[1].data(), fields[1].data() + fields[1].size(), record.installed_kib);
    if (ec != std::errc()) return;
    record.name_offset = static_cast<std::uint32_t>(offset(fields[0]));
    record.name_size = static_cast<std::uint16_t>(fields[0].size());
    record.priority = fields[2][0];
    record.depends_offset = static_cast<std::uint32_t>(offset(fields[3]));
    record.depends_size = static_cast<std::uint32_t>(fields[3].size());
    for_each_debian_part(fields[4], ',', [&](std::string_view provided) {
      if (provided.size() > std::numeric_limits<std::uint16_t>::max()) return;
      providers.push_back(
          {{static_cast<std::uint32_t>(offset(provided)), 0, static_cast<std::uint16_t>(provided.size())}, fields[0]});
    });
    packed.packages.push_back(record);
  });

  // Stable sorts, so that of several records with one name the first in the text is kept.
  auto by_name = [&](const auto& a, const auto& b) { return name_of(a) < name_of(b); };
  auto same_name = [&](const auto& a, const auto& b) { return name_of(a) == name_of(b); };
  std::ranges::stable_sort(packed.packages, by_name);
  packed.packages.erase(std::unique(packed.packages.begin(), packed.packages.end(), same_name), packed.packages.end());
  std::ranges::stable_sort(providers, by_name, &PendingProvider::record);
  providers.erase(std::unique(providers.begin(), providers.end(),
                              [&](const auto& a, const auto& b) { return same_name(a.record, b.record); }),
                  providers.end());
  packed.providers.reserve(providers.size());
  for (auto& [record, provider] : providers) {
    auto it = std::ranges::lower_bound(packed.packages, provider, {}, name_of);
    record.package = static_cast<std::uint32_t>(it - packed.packages.begin());
    packed.providers.push_back(record);
  }
  packed.package_index = index_by_name(text, packed.packages);
  packed.provider_index = index_by_name(text, packed.providers);
  return packed;
}

}  // namespace dlint::knowledge
