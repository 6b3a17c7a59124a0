#pragma once
// Small helpers shared by the compose rules.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "ir/application.hpp"
#include "support/ascii_case.hpp"

namespace dlint::rules {

inline bool is_true(const std::optional<ir::BoolValue>& value) {
  return value && value->value;
}

inline std::string quoted(std::string_view name) {
  return "`" + std::string(name) + "`";
}

// Calls `visit(service, dependency)` for every `depends_on` entry of every service.
template <class Visit>
void for_each_dependency(const ir::Application& app, Visit&& visit) {
  for (const auto& service : app.services) {
    for (const auto& dependency : service.depends_on) visit(service, dependency);
  }
}

// True when `dependency` waits with `condition` (`service_healthy`, `service_completed_successfully`).
inline bool waits_with(const ir::Dependency& dependency, std::string_view condition) {
  return dependency.condition && dependency.condition->value == condition;
}

// True when some service waits for the service named `name` with `condition`.
inline bool awaited_with(const ir::Application& app, std::string_view name, std::string_view condition) {
  bool found = false;
  for_each_dependency(app, [&](const ir::Service&, const ir::Dependency& dependency) {
    found = found || (dependency.service.value == name && waits_with(dependency, condition));
  });
  return found;
}

}  // namespace dlint::rules
