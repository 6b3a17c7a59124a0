#pragma once
// What a compose service sets that replaces what its image's Dockerfile says: a `healthcheck:` replaces
// the image's HEALTHCHECK, a `user:` its USER. A Dockerfile finding about a setting the service overrides
// does not apply to that service.
#include <string_view>

#include "ir/application.hpp"

namespace dlint::knowledge {

// True when `service` overrides what the Dockerfile rule named `rule_name` is about.
bool service_overrides(const ir::Service& service, std::string_view rule_name);

}  // namespace dlint::knowledge
