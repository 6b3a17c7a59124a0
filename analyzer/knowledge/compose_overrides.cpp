#include "knowledge/compose_overrides.hpp"

namespace dlint::knowledge {
namespace {

bool non_root(std::string_view user) {
  std::string_view name = user.substr(0, user.find(':'));
  return !name.empty() && name != "root" && name != "0" && name.find('$') == std::string_view::npos;
}

}  // namespace

bool service_overrides(const ir::Service& service, std::string_view rule_name) {
  if (rule_name == "missing-healthcheck") return service.healthcheck.has_value();
  if (rule_name == "final-image-runs-as-root") return service.user && non_root(service.user->value);
  return false;
}

}  // namespace dlint::knowledge
