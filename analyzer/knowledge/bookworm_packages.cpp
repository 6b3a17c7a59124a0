#include "knowledge/bookworm_package_data.hpp"
#include "knowledge/debian_packages.hpp"

namespace dlint::knowledge {

const DebianPackageTable& bookworm_packages() {
  static const DebianPackageTable table(data::debian_bookworm_amd64());
  return table;
}

}  // namespace dlint::knowledge
