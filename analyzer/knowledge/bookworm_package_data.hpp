#pragma once
// The bookworm table as compiled at build time: data/debian-bookworm-amd64.packages, packed by
// table_compiler/compile_debian_packages.cpp into a source in the build tree that holds the file's text
// and its sorted records as constant arrays.
#include "knowledge/debian_package_records.hpp"

namespace dlint::knowledge::data {

[[nodiscard]] DebianPackageData debian_bookworm_amd64();

}  // namespace dlint::knowledge::data
