#pragma once
// Debian's package metadata as the size estimate needs it: each package's installed size and the names
// it depends on. The built-in table is Debian 12 "bookworm" main amd64, generated from Debian's own
// Packages index by scripts/gen-debian-sizes.sh (analyzer/knowledge/data/debian-bookworm-amd64.packages).
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
  // Parses the generated format (see scripts/gen-debian-sizes.sh); `text` must outlive the table.
  // Malformed lines are skipped.
  explicit DebianPackageTable(std::string_view text);

  [[nodiscard]] const DebianPackage* find(std::string_view name) const;
  // What `apt-get install --no-install-recommends names...` adds on top of `installed`: the dependency
  // closure (Depends and Pre-Depends; the first alternative that is installed or known; a virtual name
  // resolves to its first provider), minus what is already there.
  [[nodiscard]] PackageClosure closure(const std::vector<std::string>& names,
                                       const std::set<std::string_view>& installed) const;
  // The packages every Debian-based image starts with, as debootstrap's minbase variant (which the
  // official debian images use) installs them: Priority: required, plus apt, with their dependencies.
  [[nodiscard]] const std::set<std::string_view>& base_set() const { return base_; }
  [[nodiscard]] std::size_t size() const { return packages_.size(); }

 private:
  [[nodiscard]] const DebianPackage* resolve(std::string_view name) const;
  std::unordered_map<std::string_view, DebianPackage> packages_;
  std::unordered_map<std::string_view, std::string_view> providers_;  // virtual name -> first provider
  std::set<std::string_view> base_;
};

// The built-in bookworm table (parsed once, on first use).
const DebianPackageTable& bookworm_packages();

}  // namespace dlint::knowledge
