#pragma once
// The packed form of a Debian package table: fixed-size records, sorted by name, that point into the
// table's text by offset, and hash indexes over them by name. The built-in table is packed at build time
// (table_compiler/) into arrays of these; a table read at run time is packed by the same function, so
// the two cannot disagree.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace dlint::knowledge {

// One package line of the text format (see scripts/gen-debian-sizes.sh).
struct DebianPackageRecord {
  std::uint32_t name_offset = 0;
  std::uint32_t depends_offset = 0;  // Depends and Pre-Depends as stored: "a,b|c", or "-"
  std::uint32_t depends_size = 0;
  std::uint32_t installed_kib = 0;
  std::uint16_t name_size = 0;
  char priority = '-';  // r required, i important, s standard, - other
  bool operator==(const DebianPackageRecord&) const = default;
};

// A name some package Provides, and the index of its first provider among the package records.
struct DebianProviderRecord {
  std::uint32_t name_offset = 0;
  std::uint32_t package = 0;
  std::uint16_t name_size = 0;
  bool operator==(const DebianProviderRecord&) const = default;
};

// An open-addressing hash index over records by name (linear probing): a power-of-two number of
// slots, more than 1.5 times the records so that an empty slot ends every search, each 0 (empty) or a
// record's index + 1. Built into the program, so a lookup costs a hash and a probe or two where a
// binary search over 63k names would compare sixteen.
using DebianNameIndex = std::vector<std::uint32_t>;

// FNV-1a: the hash the indexes are built with at build time and searched with at run time.
constexpr std::uint64_t debian_name_hash(std::string_view name) {
  std::uint64_t hash = 14695981039346656037ull;
  for (char c : name) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

// The record of `records` named `name` through its `index`, or nullptr.
template <class Record>
const Record* find_debian_record(std::string_view text, std::span<const Record> records,
                                 std::span<const std::uint32_t> index, std::string_view name) {
  if (index.empty()) return nullptr;
  std::size_t mask = index.size() - 1;
  std::size_t slot = debian_name_hash(name) & mask;
  for (std::size_t probes = 0; probes < index.size(); ++probes, slot = (slot + 1) & mask) {
    std::uint32_t entry = index[slot];
    if (entry == 0) return nullptr;
    const Record& record = records[entry - 1];
    if (record.name_size == name.size() && text.compare(record.name_offset, record.name_size, name) == 0) {
      return &record;
    }
  }
  return nullptr;
}

struct PackedDebianPackages {
  std::vector<DebianPackageRecord> packages;    // sorted by name, one per name (the first line wins)
  std::vector<DebianProviderRecord> providers;  // sorted by name, one per name (the first provider wins)
  DebianNameIndex package_index;
  DebianNameIndex provider_index;
};

// Packs the text format. Comment lines and malformed lines are skipped: not five tab-separated fields,
// an empty name, a priority that is not one character, a size that is not a number below 2^32 KiB. A
// line past 4 GiB of text, or with a name of 64 KiB or more, cannot be addressed and is skipped too.
[[nodiscard]] PackedDebianPackages pack_debian_packages(std::string_view text);

// Calls `f` with each `separator`-separated part of one of the format's fields or lists ("-" and ""
// have none): the tab-separated fields of a line, the ','-separated names of a list, the
// '|'-separated alternatives of a dependency.
template <class F>
void for_each_debian_part(std::string_view text, char separator, F&& f) {
  if (text.empty() || text == "-") return;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(separator, start);
    f(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return;
    start = end + 1;
  }
}

// A packed table as views, as the compiled-in data is: `text` is what the offsets point into.
struct DebianPackageData {
  std::string_view text;
  std::span<const DebianPackageRecord> packages;
  std::span<const DebianProviderRecord> providers;
  std::span<const std::uint32_t> package_index;
  std::span<const std::uint32_t> provider_index;
  // The packages of DebianPackageTable::base_set(), as indices into `packages`, ascending. Computed by
  // the table read from the text, and compiled in with the rest so that no process walks it again.
  std::span<const std::uint32_t> base;
};

}  // namespace dlint::knowledge
