#pragma once
// Debian's package metadata as the size estimate needs it: each package's installed size and the names
// it depends on. The built-in table is Debian 12 "bookworm" main amd64, generated from Debian's own
// Packages index by scripts/gen-debian-sizes.sh (analyzer/knowledge/data/debian-bookworm-amd64.packages)
// and compiled into sorted records and hash indexes at build time (table_compiler/), so a process
// starts with it ready: nothing is parsed, a lookup hashes the name and probes the index.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/debian_package_records.hpp"

namespace dlint::knowledge {

struct DebianPackage {
  std::string_view name;
  std::uint64_t installed_kib = 0;
  char priority = '-';  // r required, i important, s standard, - other
  // Depends and Pre-Depends as stored: "a,b|c" (alternatives with '|', first preferred); "-" for none.
  // Kept as text and split when a closure walks it: most packages are never visited.
  std::string_view depends;
};

struct PackageClosure {
  std::uint64_t bytes = 0;              // installed size of every package added
  std::vector<std::string_view> added;  // the packages installed, requested ones first
  std::vector<std::string> unknown;     // requested names the table does not have
};

class DebianPackageTable {
 public:
  // Packs the text format (see pack_debian_packages); `text` must outlive the table.
  explicit DebianPackageTable(std::string_view text);
  // Views a table packed ahead of time (the data() of a table read from text); what `data` points to
  // must outlive the table.
  explicit DebianPackageTable(const DebianPackageData& data);
  DebianPackageTable(const DebianPackageTable&) = delete;
  DebianPackageTable& operator=(const DebianPackageTable&) = delete;

  [[nodiscard]] std::optional<DebianPackage> find(std::string_view name) const;
  // What `apt-get install --no-install-recommends names...` adds on top of `installed`: the dependency
  // closure (Depends and Pre-Depends; the first alternative that is installed or known; a virtual name
  // resolves to its first provider), minus what is already there.
  [[nodiscard]] PackageClosure closure(const std::vector<std::string>& names,
                                       const std::set<std::string_view>& installed) const;
  // The packages every Debian-based image starts with, as debootstrap's minbase variant (which the
  // official debian images use) installs them: Priority: required, plus apt, with their dependencies.
  [[nodiscard]] const std::set<std::string_view>& base_set() const { return base_; }
  [[nodiscard]] std::size_t size() const { return data_.packages.size(); }
  // The packed records, as the build compiles them in.
  [[nodiscard]] const DebianPackageData& data() const { return data_; }

 private:
  static constexpr std::uint32_t kMissing = UINT32_MAX;
  [[nodiscard]] std::vector<std::uint32_t> compute_base() const;
  [[nodiscard]] std::string_view name_of(std::uint32_t index) const;
  [[nodiscard]] std::uint32_t index_of(std::string_view name) const;  // kMissing when absent
  [[nodiscard]] std::uint32_t resolve(std::string_view name) const;   // a package, else a provider
  // Adds the closure of `requested` to `result`; returns the indices of the packages it added.
  std::vector<std::uint32_t> walk(const std::vector<std::uint32_t>& requested,
                                  const std::set<std::string_view>& installed, PackageClosure& result) const;

  PackedDebianPackages owned_;  // empty for a table packed ahead of time
  std::vector<std::uint32_t> owned_base_;
  DebianPackageData data_;
  std::set<std::string_view> base_;
};

// The built-in bookworm table (compiled in; ready on first use).
const DebianPackageTable& bookworm_packages();

}  // namespace dlint::knowledge
